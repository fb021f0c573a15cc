// A reviewer resolves a conflict (two different approved values for one
// definition and date) by choosing the value that counts: every other
// differing approved bureau value for that definition and date is set aside
// (kept on record, approved, no longer counted). Reopening or returning a set-
// aside value's report clears it (setActualsReviewState). Decision 0035.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, UserFacingError } from "@/lib/errors";

interface Chosen {
  id: string;
  definitionId: string;
  asOf: Date;
  value: string;
}

export async function resolveConflict(tx: Tx, session: TenantSession, input: { actualId: string }) {
  const tenantId = session.tenant.tenantId;
  // Loaded by id AND tenant, and only as a counted bureau value of a confirmed indicator.
  const [chosen] = await tx.$queryRaw<Chosen[]>`
    SELECT x.id::text AS id, xi.definition_id::text AS "definitionId", x.as_of AS "asOf", x.value::text AS value
    FROM indicator_actuals x
    JOIN indicators xi ON xi.tenant_id = x.tenant_id AND xi.id = x.indicator_id
    WHERE x.tenant_id = ${tenantId}::uuid AND x.id = ${input.actualId}::uuid
      AND xi.mapping_state = 'confirmed' AND xi.definition_id IS NOT NULL
      AND x.review_state = 'approved' AND x.set_aside_at IS NULL AND x.group_unit_id IS NULL
    FOR UPDATE OF x`;
  if (!chosen) throw new NotFoundError("该数值不存在、未审核通过或已被搁置");
  const setAside = await tx.$queryRaw<{ id: string; value: string }[]>`
    UPDATE indicator_actuals x SET set_aside_at = now(), set_aside_by_id = ${session.userId}::uuid
    FROM indicators xi
    WHERE x.tenant_id = ${tenantId}::uuid AND xi.tenant_id = x.tenant_id AND xi.id = x.indicator_id
      AND xi.definition_id = ${chosen.definitionId}::uuid AND xi.mapping_state = 'confirmed'
      AND x.as_of = ${chosen.asOf} AND x.id <> ${chosen.id}::uuid AND x.value <> ${chosen.value}::numeric
      AND x.review_state = 'approved' AND x.set_aside_at IS NULL AND x.group_unit_id IS NULL
    RETURNING x.id::text AS id, x.value::text AS value`;
  if (setAside.length === 0) throw new UserFacingError("该数值没有与之不一致的已审核数值，无需处理");
  await recordAudit(tx, session, {
    action: "indicator.conflict.resolve",
    entityType: "indicator_actual",
    entityId: chosen.id,
    before: { value: chosen.value, asOf: chosen.asOf.toISOString().slice(0, 10), others: setAside },
    after: { counts: chosen.id, setAside: setAside.map((s) => s.id) },
  });
  return { actualId: chosen.id, setAside: setAside.length };
}
