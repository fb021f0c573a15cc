import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { THREAD_MESSAGES as M } from "./messages";

/** A link by id AND tenant, with the plan of its annual task (for the pages to refresh). */
export async function loadLink(tx: Tx, tenantId: string, linkId: string) {
  const link = await tx.taskLink.findFirst({
    where: { id: linkId, tenantId },
    include: { fromTask: { select: { planId: true } } },
  });
  if (!link) throw new NotFoundError(M.linkNotFound);
  return link;
}

/** What the audit trail keeps of a link. */
export function linkSnapshot(link: { fromTaskId: string; toTaskId: string | null; toIndicatorId: string | null; state: string; reason: string | null }) {
  return { fromTaskId: link.fromTaskId, toTaskId: link.toTaskId, toIndicatorId: link.toIndicatorId, state: link.state, reason: link.reason };
}
