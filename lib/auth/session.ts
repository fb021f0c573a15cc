// Who is calling, resolved on every request from the database: a token whose
// user is gone, deactivated, or whose session version has moved on is treated
// as signed out. The active tenant comes from the user's memberships (a cookie
// only picks among them), never from a form field or URL.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Role, TenantKind } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { readSessionToken } from "./token";

export const ACTIVE_TENANT_COOKIE = "eduplan_tenant";

export interface MembershipInfo {
  membershipId: string;
  tenantId: string;
  tenantCode: string;
  tenantName: string;
  tenantKind: TenantKind;
  role: Role;
  orgUnitId: string | null;
}

export interface AuthSession {
  userId: string;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** The role in the active tenant; platform_admin for a platform admin with no tenant. */
  role: Role | null;
  tenant: MembershipInfo | null;
  memberships: MembershipInfo[];
}

export type TenantSession = AuthSession & { tenant: MembershipInfo; role: Role };

export async function loadAuthSession(userId: string, sessionVersion: number, preferredTenantCode?: string): Promise<AuthSession | null> {
  const db = getPrisma();
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  // Memberships are tenant rows; the own_memberships policy lets a user read theirs.
  const rows = await openTenantTransaction(db, { tenantId: null, userId }, (tx) =>
    tx.membership.findMany({
      where: { userId },
      include: { tenant: true },
      orderBy: [{ tenant: { kind: "asc" } }, { tenant: { code: "asc" } }],
    }),
  );
  const memberships: MembershipInfo[] = rows.map((m) => ({
    membershipId: m.id,
    tenantId: m.tenantId,
    tenantCode: m.tenant.code,
    tenantName: m.tenant.name,
    tenantKind: m.tenant.kind,
    role: m.role,
    orgUnitId: m.orgUnitId,
  }));
  const tenant = memberships.find((m) => m.tenantCode === preferredTenantCode) ?? memberships[0] ?? null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    isPlatformAdmin: user.isPlatformAdmin,
    role: tenant?.role ?? (user.isPlatformAdmin ? "platform_admin" : null),
    tenant,
    memberships,
  };
}

/** The caller's session for this request (memoised per request). */
export const getAuthSession = cache(async (): Promise<AuthSession | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const preferred = (await cookies()).get(ACTIVE_TENANT_COOKIE)?.value;
  return loadAuthSession(token.userId, token.sessionVersion, preferred);
});

export function hasTenant(session: AuthSession | null): session is TenantSession {
  return Boolean(session?.tenant && session.role);
}
