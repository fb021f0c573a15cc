import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export interface PlatformUserRow {
  id: string;
  username: string;
  displayName: string;
  isActive: boolean;
  isPlatformAdmin: boolean;
  liveSessions: number;
}

const SHOWN = 20;

/**
 * Accounts whose username or name contains `q`, for the platform admin ending
 * someone's sessions. `tx` is scoped to the platform admin (withUser): the
 * platform_admin_read and platform_admin_sessions policies admit every user and
 * session there, and nothing in any other transaction.
 */
export async function findUsersForPlatform(tx: Tx, q: string): Promise<PlatformUserRow[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return tx.$queryRaw<PlatformUserRow[]>`
    SELECT u.id::text AS id, u.username, u.display_name AS "displayName", u.is_active AS "isActive", u.is_platform_admin AS "isPlatformAdmin",
      (SELECT count(*)::int FROM auth_sessions s
        WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now() AND s.session_version = u.session_version) AS "liveSessions"
    FROM users u
    WHERE u.username ILIKE ${pattern} OR u.display_name ILIKE ${pattern}
    ORDER BY u.username
    LIMIT ${SHOWN}`;
}
