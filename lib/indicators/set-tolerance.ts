// How far an indicator may drift from its straight path before the dashboard
// turns it red, in the indicator's own unit; null falls back to the default.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadIndicator } from "@/lib/plans/editing/load";
import { compareDecimal } from "@/lib/plans/editing/fields";

export async function setTolerance(tx: Tx, session: TenantSession, input: { indicatorId: string; tolerance: string | null }) {
  const tenantId = session.tenant.tenantId;
  const indicator = await loadIndicator(tx, tenantId, input.indicatorId);
  const before = indicator.tolerance?.toString() ?? null;
  const result = { indicatorId: indicator.id, tolerance: input.tolerance };
  const same = before === null || input.tolerance === null ? before === input.tolerance : compareDecimal(before, input.tolerance) === 0;
  if (same) return result;
  await tx.indicator.update({ where: { tenantId_id: { tenantId, id: indicator.id } }, data: { tolerance: input.tolerance } });
  await recordAudit(tx, session, {
    action: "indicator.tolerance.set",
    entityType: "indicator",
    entityId: indicator.id,
    before: { tolerance: before, unit: indicator.unit },
    after: { tolerance: input.tolerance, unit: indicator.unit },
  });
  return result;
}
