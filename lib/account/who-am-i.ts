// GET /api/v1/me: who the caller is, in the active tenant. A platform admin
// has no tenant (tenant, unit null; leaders empty). Leaders are the people of
// the plans (责任领导) linked to this account in the active tenant.
import "server-only";
import type { AuthSession } from "@/lib/auth/session";
import { hasTenant } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import type { OrgUnitKind, Role, TenantKind } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/vocabulary";

export interface Me {
  username: string;
  name: string;
  role: Role | null;
  roleLabel: string | null;
  tenant: { code: string; name: string; kind: TenantKind } | null;
  unit: { id: string; name: string; kind: OrgUnitKind } | null;
  leaders: string[];
  mustChangePassword: boolean;
}

export async function whoAmI(session: AuthSession): Promise<Me> {
  const me = {
    username: session.username,
    name: session.displayName,
    role: session.role,
    roleLabel: session.role ? ROLE_LABELS[session.role] : null,
    mustChangePassword: session.mustChangePassword,
  };
  if (!hasTenant(session)) return { ...me, tenant: null, unit: null, leaders: [] };
  const { tenantId, tenantCode, tenantName, tenantKind, orgUnitId } = session.tenant;
  const { unit, leaders } = await readTenant(session, async (tx) => ({
    unit: orgUnitId ? await tx.orgUnit.findFirst({ where: { id: orgUnitId, tenantId }, select: { id: true, name: true, kind: true } }) : null,
    leaders: await tx.person.findMany({ where: { tenantId, userId: session.userId }, select: { name: true }, orderBy: { name: "asc" } }),
  }));
  return { ...me, tenant: { code: tenantCode, name: tenantName, kind: tenantKind }, unit, leaders: leaders.map((p) => p.name) };
}
