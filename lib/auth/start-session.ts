// A successful sign-in (password, or single sign-on: oidc-sign-in.ts), in one
// transaction scoped to the user: the pair's failures are cleared (that source
// is no longer failing), the failures the user has not yet been told about
// are noted on the new session, and the session row the cookie will name is
// written. Dead sessions of the user go too, so the table stays small without
// waiting for the daily prune.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Attempt } from "./throttle";
import { withUser } from "./user-scope";

/** How long a sign-in lasts, on the server (auth_sessions) and in the cookie (authOptions). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** `attemptId`: the password attempt the throttle reserved (single sign-on reserves none). */
export async function startSession(
  user: { userId: string; sessionVersion: number },
  attempt: Attempt & { attemptId?: string },
): Promise<{ sessionId: string }> {
  return withUser(user.userId, async (tx) => {
    // Guarded: an undefined id in a Prisma where is no filter at all.
    if (attempt.attemptId) await tx.authFailure.deleteMany({ where: { id: attempt.attemptId } });
    await tx.authFailure.updateMany({
      where: { username: attempt.username, address: attempt.address, clearedAt: null },
      data: { clearedAt: new Date() },
    });
    // Failures since the previous sign-in (last_login_at is read before it moves on).
    const [notice] = await tx.$queryRaw<{ count: number; last_at: Date; last_address: string }[]>`
      SELECT count(*) OVER ()::int AS count, f.created_at AS last_at, f.address AS last_address
      FROM auth_failures f
      WHERE f.user_id = ${user.userId}::uuid
        AND f.created_at > coalesce((SELECT u.last_login_at FROM users u WHERE u.id = ${user.userId}::uuid), '-infinity')
      ORDER BY f.created_at DESC LIMIT 1`;
    const now = new Date();
    await tx.user.updateMany({ where: { id: user.userId }, data: { lastLoginAt: now } });
    await tx.authSession.deleteMany({ where: { userId: user.userId, OR: [{ expiresAt: { lt: now } }, { revokedAt: { not: null } }] } });
    const session = await tx.authSession.create({
      data: {
        id: randomUUID(),
        userId: user.userId,
        sessionVersion: user.sessionVersion,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
        address: attempt.address,
        userAgent: attempt.userAgent,
        failuresBefore: notice?.count ?? 0,
        lastFailureAt: notice?.last_at ?? null,
        lastFailureAddress: notice?.last_address ?? null,
      },
      select: { id: true },
    });
    return { sessionId: session.id };
  });
}
