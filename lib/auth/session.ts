// Who is calling, resolved on every request from the database: a token whose
// session row was ended (sign-out, 退出所有设备, an admin) or has expired, whose
// user is gone or deactivated, or whose session version has moved on is
// treated as signed out. The active tenant comes from the user's memberships (a cookie
// only picks among them), never from a form field or URL.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role, TenantKind } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { isLsn } from "@/lib/db/lsn";
import { platformRole } from "./permissions";
import { readSessionToken, type SessionToken } from "./token";

export const ACTIVE_TENANT_COOKIE = "eduplan_tenant";
/** The primary's WAL position after the caller's last write, when a read replica is configured (guard.ts sets it). */
export const READ_AFTER_COOKIE = "eduplan_read_after";

export interface MembershipInfo {
  membershipId: string;
  tenantId: string;
  tenantCode: string;
  tenantName: string;
  tenantKind: TenantKind;
  role: Role;
  orgUnitId: string | null;
}

/** Failed sign-in attempts on the account before this session began, until dismissed. */
export interface SignInNotice {
  failures: number;
  lastAt: Date;
  lastAddress: string;
}

export interface AuthSession {
  userId: string;
  sessionId: string;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** A one-time password is still in use: every page leads to the change form. */
  mustChangePassword: boolean;
  /** The role in the active tenant; platform_admin for a platform admin with no tenant. */
  role: Role | null;
  tenant: MembershipInfo | null;
  memberships: MembershipInfo[];
  signInNotice: SignInNotice | null;
  /**
   * Read-your-writes with a read replica (decision 0040): the WAL position
   * the caller's reads must see, from their last write (its cookie, or this
   * request's write, which withTenant records here). A standby that has not
   * replayed it leaves the read to the primary.
   */
  readAfterLsn?: string | null;
}

export type TenantSession = AuthSession & { tenant: MembershipInfo; role: Role };

const idSchema = z.uuid();

interface SessionRow {
  id: string;
  username: string;
  displayName: string;
  isActive: boolean;
  isPlatformAdmin: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  failuresBefore: number;
  lastFailureAt: Date | null;
  lastFailureAddress: string | null;
  noticeDismissed: boolean;
  memberships: MembershipInfo[];
}

/** The per-request session check as one statement (also the submit benchmark's floor, bench/lib/submit-floor.ts). */
export function sessionLookupSql(userId: string, sessionId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT id::text AS id, username, display_name AS "displayName", is_active AS "isActive",
      is_platform_admin AS "isPlatformAdmin", session_version AS "sessionVersion",
      must_change_password AS "mustChangePassword", failures_before AS "failuresBefore", last_failure_at AS "lastFailureAt",
      last_failure_address AS "lastFailureAddress", notice_dismissed AS "noticeDismissed", memberships
    FROM session_lookup(${userId}::uuid, ${sessionId}::uuid)`;
}

/**
 * The user, their live session row and their memberships in one statement: it
 * runs on every request. session_lookup() (migration server_sessions) sets
 * app.user_id for its own query, so the own_* policies admit exactly this
 * user's rows and no transaction is needed; it returns nothing unless the
 * session row is unrevoked, unexpired and of the user's current version.
 */
export async function loadAuthSession(token: SessionToken, preferredTenantCode?: string): Promise<AuthSession | null> {
  if (!idSchema.safeParse(token.userId).success || !idSchema.safeParse(token.sessionId).success) return null;
  const rows = await getPrisma().$queryRaw<SessionRow[]>(sessionLookupSql(token.userId, token.sessionId));
  const user = rows[0];
  if (!user || !user.isActive || user.sessionVersion !== token.sessionVersion) return null;
  const memberships = user.memberships;
  const tenant = memberships.find((m) => m.tenantCode === preferredTenantCode) ?? memberships[0] ?? null;
  return {
    userId: user.id,
    sessionId: token.sessionId,
    username: user.username,
    displayName: user.displayName,
    isPlatformAdmin: user.isPlatformAdmin,
    mustChangePassword: user.mustChangePassword,
    role: tenant?.role ?? platformRole(user),
    tenant,
    memberships,
    signInNotice:
      user.failuresBefore > 0 && user.lastFailureAt && !user.noticeDismissed
        ? { failures: user.failuresBefore, lastAt: user.lastFailureAt, lastAddress: user.lastFailureAddress ?? "unknown" }
        : null,
  };
}

/** The caller's session for this request (memoised per request). */
export const getAuthSession = cache(async (): Promise<AuthSession | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const jar = await cookies();
  const session = await loadAuthSession(token, jar.get(ACTIVE_TENANT_COOKIE)?.value);
  // Only a position, and only the caller's own: a forged one can at most send their reads to the primary.
  const readAfter = jar.get(READ_AFTER_COOKIE)?.value;
  if (session && isLsn(readAfter)) session.readAfterLsn = readAfter;
  return session;
});

export function hasTenant(session: AuthSession | null): session is TenantSession {
  return Boolean(session?.tenant && session.role);
}
