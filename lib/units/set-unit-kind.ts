// Sets a unit's kind (the import only guesses it from the name).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { UNIT_MESSAGES as M } from "./messages";

export async function setUnitKind(tx: Tx, session: TenantSession, input: { unitId: string; kind: OrgUnitKind }) {
  const tenantId = session.tenant.tenantId;
  const unit = await tx.orgUnit.findFirst({ where: { id: input.unitId, tenantId }, select: { id: true, kind: true } });
  if (!unit) throw new NotFoundError(M.notFound);
  if (unit.kind === input.kind) return { changed: false };
  await tx.orgUnit.update({ where: { tenantId_id: { tenantId, id: unit.id } }, data: { kind: input.kind } });
  await recordAudit(tx, session, { action: "unit.kind", entityType: "org_unit", entityId: unit.id, before: { kind: unit.kind }, after: { kind: input.kind } });
  return { changed: true };
}
