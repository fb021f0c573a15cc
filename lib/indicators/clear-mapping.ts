// A bureau admin says no catalogue definition applies (or the suggestion is
// wrong and the right one does not exist yet).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadIndicator } from "@/lib/plans/editing/load";
import { mappingSnapshot } from "./mapping-snapshot";

export async function clearMapping(tx: Tx, session: TenantSession, input: { indicatorId: string }) {
  const tenantId = session.tenant.tenantId;
  const indicator = await loadIndicator(tx, tenantId, input.indicatorId);
  const result = { indicatorId: indicator.id };
  if (!indicator.definitionId && indicator.mappingState === "unmapped") return result;
  const updated = await tx.indicator.update({
    where: { tenantId_id: { tenantId, id: indicator.id } },
    data: { definitionId: null, mappingState: "unmapped" },
  });
  await recordAudit(tx, session, {
    action: "indicator.mapping.clear",
    entityType: "indicator",
    entityId: indicator.id,
    before: await mappingSnapshot(tx, indicator),
    after: await mappingSnapshot(tx, updated),
  });
  return result;
}
