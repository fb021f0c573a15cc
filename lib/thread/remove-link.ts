// Staff remove a suggestion or a confirmed link. The row stays as 'rejected'
// (hidden everywhere) so that recomputing suggestions never offers the pair
// again; linking it by hand later turns it back into a confirmed link.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { linkSnapshot, loadLink } from "./load-link";

export async function removeLink(tx: Tx, session: TenantSession, input: { linkId: string }) {
  const tenantId = session.tenant.tenantId;
  const link = await loadLink(tx, tenantId, input.linkId);
  const result = { linkId: link.id, taskId: link.fromTaskId, planId: link.fromTask.planId };
  if (link.state === "rejected") return result;
  const updated = await tx.taskLink.update({
    where: { tenantId_id: { tenantId, id: link.id } },
    data: { state: "rejected", confirmedById: null, confirmedAt: null },
  });
  await recordAudit(tx, session, {
    action: "task_link.remove",
    entityType: "task_link",
    entityId: link.id,
    before: linkSnapshot(link),
    after: linkSnapshot(updated),
  });
  return result;
}
