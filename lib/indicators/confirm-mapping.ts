// A bureau admin accepts the suggested definition: from now on the
// indicator's actuals are stamped with that definition's version.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { UserFacingError } from "@/lib/errors";
import { loadIndicator } from "@/lib/plans/editing/load";
import { mappingSnapshot } from "./mapping-snapshot";

export async function confirmMapping(tx: Tx, session: TenantSession, input: { indicatorId: string }) {
  const tenantId = session.tenant.tenantId;
  const indicator = await loadIndicator(tx, tenantId, input.indicatorId);
  if (!indicator.definitionId) throw new UserFacingError("该指标还没有建议的口径，请从口径库中选择");
  const result = { indicatorId: indicator.id, definitionId: indicator.definitionId };
  // A double click or a retry confirms once.
  if (indicator.mappingState === "confirmed") return result;
  const updated = await tx.indicator.update({
    where: { tenantId_id: { tenantId, id: indicator.id } },
    data: { mappingState: "confirmed" },
  });
  await recordAudit(tx, session, {
    action: "indicator.mapping.confirm",
    entityType: "indicator",
    entityId: indicator.id,
    before: await mappingSnapshot(tx, indicator),
    after: await mappingSnapshot(tx, updated),
  });
  return result;
}
