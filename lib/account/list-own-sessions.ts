import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { describeUserAgent } from "./describe-user-agent";

/**
 * Devices drawn on the account page. A shared 填报 account signed in on many
 * phones (or a script) can hold dozens of live sessions within their twelve
 * hours; 退出所有设备 ends them all, so the page names the newest only.
 */
export const SESSIONS_SHOWN = 10;

export interface OwnSession {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  address: string;
  device: string;
  current: boolean;
}

/**
 * The caller's live sessions: this one first, then the newest, at most
 * SESSIONS_SHOWN, with how many are live in all. `tx` is scoped to the caller
 * (withUser), so RLS admits only theirs.
 */
export async function listOwnSessions(tx: Tx, user: { userId: string; sessionId: string }): Promise<{ total: number; items: OwnSession[] }> {
  const rows = await tx.$queryRaw<{ id: string; created_at: Date; expires_at: Date; address: string; user_agent: string; total: number }[]>`
    SELECT s.id::text, s.created_at, s.expires_at, s.address, s.user_agent, count(*) OVER ()::int AS total
    FROM auth_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.user_id = ${user.userId}::uuid AND s.revoked_at IS NULL AND s.expires_at > now() AND s.session_version = u.session_version
    ORDER BY s.id = ${user.sessionId}::uuid DESC, s.created_at DESC, s.id
    LIMIT ${SESSIONS_SHOWN}`;
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      address: r.address,
      device: describeUserAgent(r.user_agent),
      current: r.id === user.sessionId,
    })),
  };
}
