import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { valuesOf } from "./create-indicator";
import { indicatorSnapshot } from "./indicator-snapshot";
import { loadIndicator } from "./load";
import type { IndicatorFields } from "./schemas";

export async function updateIndicator(tx: Tx, session: TenantSession, { indicatorId, ...fields }: IndicatorFields & { indicatorId: string }) {
  const tenantId = session.tenant.tenantId;
  const indicator = await loadIndicator(tx, tenantId, indicatorId);
  const updated = await tx.indicator.update({ where: { tenantId_id: { tenantId, id: indicator.id } }, data: valuesOf(fields) });
  await recordAudit(tx, session, {
    action: "indicator.update",
    entityType: "indicator",
    entityId: indicator.id,
    before: indicatorSnapshot(indicator),
    after: indicatorSnapshot(updated),
  });
  return { planId: indicator.planId, taskId: indicator.taskId, indicatorId: indicator.id };
}
