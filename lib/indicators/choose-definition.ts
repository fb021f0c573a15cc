// A bureau admin picks the definition by hand (replacing a suggestion, a
// wrong confirmation or nothing). Choosing is a decision, so the mapping is
// confirmed at once.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { loadIndicator } from "@/lib/plans/editing/load";
import { mappingSnapshot } from "./mapping-snapshot";
import { unitsAgree } from "./suggest-definition";

export async function chooseDefinition(tx: Tx, session: TenantSession, input: { indicatorId: string; definitionId: string }) {
  const tenantId = session.tenant.tenantId;
  const indicator = await loadIndicator(tx, tenantId, input.indicatorId);
  const definition = await tx.indicatorDefinition.findUnique({ where: { id: input.definitionId }, select: { id: true, name: true, unit: true } });
  if (!definition) throw new NotFoundError("口径不存在");
  // Values in 年 reported under a 口径 in % would compare nonsense; the unit is fixed in the plan editor.
  if (!unitsAgree(indicator.unit, definition.unit)) {
    throw new UserFacingError(`口径“${definition.name}”的单位是“${definition.unit}”，与该指标的单位“${indicator.unit}”不一致（请先在规划编辑中更正指标单位）`, {
      definitionId: ["单位不一致"],
    });
  }
  const result = { indicatorId: indicator.id, definitionId: definition.id };
  if (indicator.definitionId === definition.id && indicator.mappingState === "confirmed") return result;
  const updated = await tx.indicator.update({
    where: { tenantId_id: { tenantId, id: indicator.id } },
    data: { definitionId: definition.id, mappingState: "confirmed" },
  });
  await recordAudit(tx, session, {
    action: "indicator.mapping.choose",
    entityType: "indicator",
    entityId: indicator.id,
    before: await mappingSnapshot(tx, indicator),
    after: await mappingSnapshot(tx, updated),
  });
  return result;
}
