// Who is calling, resolved on every request from the database: a token whose
// user is gone, deactivated, or whose session version has moved on is treated
// as signed out. The active tenant comes from the user's memberships (a cookie
// only picks among them), never from a form field or URL.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import type { Role, TenantKind } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
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

const userIdSchema = z.uuid();

interface SessionRow {
  id: string;
  username: string;
  displayName: string;
  isActive: boolean;
  isPlatformAdmin: boolean;
  sessionVersion: number;
  memberships: MembershipInfo[];
}

/**
 * The user and their memberships in one statement: it runs on every request.
 * Memberships are tenant rows that only the own_memberships policy lets the
 * user read; session_memberships() (migration session_lookup) sets app.user_id
 * for its own query, so no transaction is needed.
 */
export async function loadAuthSession(userId: string, sessionVersion: number, preferredTenantCode?: string): Promise<AuthSession | null> {
  if (!userIdSchema.safeParse(userId).success) return null;
  const rows = await getPrisma().$queryRaw<SessionRow[]>`
    SELECT u.id::text AS id, u.username, u.display_name AS "displayName", u.is_active AS "isActive",
      u.is_platform_admin AS "isPlatformAdmin", u.session_version AS "sessionVersion",
      coalesce((
        SELECT json_agg(json_build_object(
          'membershipId', s.membership_id, 'tenantId', s.tenant_id, 'tenantCode', s.tenant_code, 'tenantName', s.tenant_name,
          'tenantKind', s.tenant_kind, 'role', s.role, 'orgUnitId', s.org_unit_id) ORDER BY s.position)
        FROM session_memberships(u.id) WITH ORDINALITY AS s(membership_id, tenant_id, tenant_code, tenant_name, tenant_kind, role, org_unit_id, position)
      ), '[]'::json) AS memberships
    FROM users u WHERE u.id = ${userId}::uuid`;
  const user = rows[0];
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  const memberships = user.memberships;
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
