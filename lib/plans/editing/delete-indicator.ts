import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { indicatorSnapshot } from "./indicator-snapshot";
import { loadIndicator } from "./load";

export async function deleteIndicator(tx: Tx, session: TenantSession, input: { indicatorId: string }) {
  const tenantId = session.tenant.tenantId;
  const indicator = await loadIndicator(tx, tenantId, input.indicatorId);
  await tx.indicator.delete({ where: { tenantId_id: { tenantId, id: indicator.id } } });
  await recordAudit(tx, session, { action: "indicator.delete", entityType: "indicator", entityId: indicator.id, before: indicatorSnapshot(indicator) });
  return { planId: indicator.planId, taskId: indicator.taskId, indicatorId: indicator.id };
}
