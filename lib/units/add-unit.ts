// Adds a unit by hand (a school the plans never named, a new office).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { assertNameFree } from "./assert-name-free";

export async function addUnit(tx: Tx, session: TenantSession, input: { name: string; kind: OrgUnitKind }) {
  const tenantId = session.tenant.tenantId;
  await assertNameFree(tx, tenantId, input.name);
  const unit = await tx.orgUnit.create({ data: { tenantId, name: input.name, kind: input.kind }, select: { id: true } });
  await recordAudit(tx, session, { action: "unit.create", entityType: "org_unit", entityId: unit.id, after: { name: input.name, kind: input.kind } });
  return { unitId: unit.id };
}
