// The one way reporting code reaches a slot: by id AND tenant, and for a unit
// reporter only when the slot belongs to their own unit (anything else is
// "not found", exactly like a missing id).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { slotScopeFor } from "./reporter-scope";

export async function loadSlotForActor(tx: Tx, session: TenantSession, slotId: string, options: { lock?: boolean } = {}) {
  const tenantId = session.tenant.tenantId;
  if (options.lock) {
    // Serialises concurrent submits and saves of the same slot.
    await tx.$queryRaw`SELECT id FROM report_slots WHERE tenant_id = ${tenantId}::uuid AND id = ${slotId}::uuid FOR UPDATE`;
  }
  const slot = await tx.reportSlot.findFirst({
    where: { id: slotId, tenantId, ...slotScopeFor(session) },
    include: {
      report: true,
      period: true,
      task: { select: { id: true, planId: true, title: true, number: true } },
      orgUnit: { select: { id: true, name: true } },
    },
  });
  if (!slot) throw new NotFoundError("填报任务不存在或无权访问");
  return slot;
}

export type LoadedSlot = Awaited<ReturnType<typeof loadSlotForActor>>;
