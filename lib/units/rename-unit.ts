// Renames a unit. The old name is kept as an alias, so a plan document that
// still says the old name links to this unit instead of recreating it.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";
import { assertNameFree } from "./assert-name-free";
import { UNIT_MESSAGES as M } from "./messages";

export async function renameUnit(tx: Tx, session: TenantSession, input: { unitId: string; name: string }) {
  const tenantId = session.tenant.tenantId;
  const unit = await tx.orgUnit.findFirst({ where: { id: input.unitId, tenantId }, select: { id: true, name: true } });
  if (!unit) throw new NotFoundError(M.notFound);
  if (unit.name === input.name) return { changed: false };
  await assertNameFree(tx, tenantId, input.name, unit.id);
  await tx.orgUnit.update({ where: { tenantId_id: { tenantId, id: unit.id } }, data: { name: input.name } });
  await tx.orgUnitAlias.deleteMany({ where: { tenantId, orgUnitId: unit.id, name: input.name } });
  await tx.orgUnitAlias.upsert({
    where: { tenantId_name: { tenantId, name: unit.name } },
    create: { tenantId, orgUnitId: unit.id, name: unit.name },
    update: { orgUnitId: unit.id },
  });
  await recordAudit(tx, session, {
    action: "unit.rename",
    entityType: "org_unit",
    entityId: unit.id,
    before: { name: unit.name },
    after: { name: input.name },
  });
  return { changed: true };
}
