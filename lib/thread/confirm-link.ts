// Staff accept a suggestion: the annual task now moves that five-year item.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { linkSnapshot, loadLink } from "./load-link";

export async function confirmLink(tx: Tx, session: TenantSession, input: { linkId: string }) {
  const tenantId = session.tenant.tenantId;
  const link = await loadLink(tx, tenantId, input.linkId);
  const result = { linkId: link.id, taskId: link.fromTaskId, planId: link.fromTask.planId };
  // A double click or a retry confirms once.
  if (link.state === "confirmed") return result;
  const updated = await tx.taskLink.update({
    where: { tenantId_id: { tenantId, id: link.id } },
    data: { state: "confirmed", confirmedById: session.userId, confirmedAt: new Date() },
  });
  await recordAudit(tx, session, {
    action: "task_link.confirm",
    entityType: "task_link",
    entityId: link.id,
    before: linkSnapshot(link),
    after: linkSnapshot(updated),
  });
  return result;
}
