// Ending sessions: the next request carrying their cookie is signed out (the
// session lookup requires a live row). Row-level security decides whose
// sessions a transaction may end: its own user's, its tenant's members', or,
// for a platform admin, anyone's (migration server_sessions).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { withUser } from "./user-scope";

/** Every live session of `userId`; the count ended. */
export async function endAllSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** Sign-out: the one session the cookie named. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await withUser(userId, (tx) => tx.authSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } }));
}
