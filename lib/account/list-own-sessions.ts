import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { describeUserAgent } from "./describe-user-agent";

export interface OwnSession {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  address: string;
  device: string;
  current: boolean;
}

/** The caller's live sessions, newest first; `tx` is scoped to the caller (withUser), so RLS admits only theirs. */
export async function listOwnSessions(tx: Tx, user: { userId: string; sessionId: string }): Promise<OwnSession[]> {
  const rows = await tx.$queryRaw<{ id: string; created_at: Date; expires_at: Date; address: string; user_agent: string }[]>`
    SELECT s.id::text, s.created_at, s.expires_at, s.address, s.user_agent
    FROM auth_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.user_id = ${user.userId}::uuid AND s.revoked_at IS NULL AND s.expires_at > now() AND s.session_version = u.session_version
    ORDER BY s.created_at DESC`;
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    address: r.address,
    device: describeUserAgent(r.user_agent),
    current: r.id === user.sessionId,
  }));
}
