// One 督办单 as its page, downloads and reply load it: by id AND tenant, and for
// a unit reporter only its own unit's — anything else is "missing".
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { slipScopeFor } from "./slip-scope";

export async function loadSlip(tx: Tx, session: TenantSession, slipId: string) {
  const slip = await tx.supervisionSlip.findFirst({
    where: { id: slipId, ...slipScopeFor(session) },
    include: {
      task: { select: { id: true, number: true, title: true, dueDate: true, progress: true, plan: { select: { id: true, title: true } } } },
      orgUnit: { select: { id: true, name: true } },
    },
  });
  if (!slip) throw new NotFoundError("督办单不存在或无权访问");
  return slip;
}
