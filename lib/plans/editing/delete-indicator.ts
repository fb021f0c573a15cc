import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { toAuditJson } from "@/lib/audit/snapshot-tasks";
import { indicatorSnapshot } from "./indicator-snapshot";
import { loadIndicator } from "./load";

/** Its actuals go with it (FK cascade), so the audit event keeps them (decision 0007). */
export async function deleteIndicator(tx: Tx, session: TenantSession, input: { indicatorId: string }) {
  const tenantId = session.tenant.tenantId;
  const indicator = await loadIndicator(tx, tenantId, input.indicatorId);
  const actuals = await tx.indicatorActual.findMany({ where: { tenantId, indicatorId: indicator.id }, orderBy: [{ asOf: "asc" }, { createdAt: "asc" }] });
  await tx.indicator.delete({ where: { tenantId_id: { tenantId, id: indicator.id } } });
  await recordAudit(tx, session, {
    action: "indicator.delete",
    entityType: "indicator",
    entityId: indicator.id,
    before: { ...indicatorSnapshot(indicator), actuals: toAuditJson(actuals) },
  });
  return { planId: indicator.planId, taskId: indicator.taskId, indicatorId: indicator.id };
}
