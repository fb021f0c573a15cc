// Anyone changes their own password, in two steps: the current one is checked
// through the sign-in door (sign_in_credentials(), the one place a hash is read), the new
// one is written in the caller's own transaction (policy own_user), a pending
// one-time password is cleared, and every other session ends (session version)
// while this one carries on under the new version. A wrong current password
// counts against the sign-in throttle's account + address pair, so a stolen
// session cannot guess the password here faster than at the login page.
import "server-only";
import { headers } from "next/headers";
import { findCredentials } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clientAddress, clientUserAgent } from "@/lib/auth/request-info";
import { releaseAttempt, reserveAttempt } from "@/lib/auth/throttle";
import { reissueSessionCookie } from "@/lib/auth/reissue-session-cookie";
import type { AuthSession } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { PASSWORD_MESSAGES } from "./password-messages";

/**
 * The first step, before the transaction opens (the action's `before`): a
 * wrong guess must be recorded although the change fails, and the check must
 * not wait for a second connection while the transaction holds one (decision 0060).
 */
export async function checkCurrentPassword(session: AuthSession, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const db = getPrisma();
  const request = Object.fromEntries(await headers());
  const attempt = { username: session.username.toLowerCase(), address: clientAddress(request), userAgent: clientUserAgent(request), userId: session.userId };
  const reservation = await reserveAttempt(db, attempt);
  if (!reservation.ok) throw new UserFacingError(PASSWORD_MESSAGES.throttled, { currentPassword: [PASSWORD_MESSAGES.throttled] });
  const credentials = await findCredentials(db, session.username);
  if (!credentials || !(await verifyPassword(credentials.passwordHash, input.currentPassword))) {
    throw new UserFacingError(PASSWORD_MESSAGES.wrongCurrent, { currentPassword: [PASSWORD_MESSAGES.wrongCurrent] });
  }
  // As after a right password at sign-in: this pair's earlier failures are cleared too.
  await releaseAttempt(db, reservation.attemptId);
  await db.authFailure.updateMany({ where: { username: attempt.username, address: attempt.address, clearedAt: null }, data: { clearedAt: new Date() } });
  if (input.currentPassword === input.newPassword) {
    throw new UserFacingError(PASSWORD_MESSAGES.sameAsCurrent, { newPassword: [PASSWORD_MESSAGES.sameAsCurrent] });
  }
}

/** The second step, in the caller's own transaction, once checkCurrentPassword passed. */
export async function storeNewPassword(tx: Tx, session: AuthSession, input: { newPassword: string }): Promise<void> {
  // Raw SQL: the app role may write password_hash but never read it, and Prisma's update would read the row back.
  const [user] = await tx.$queryRaw<{ version: number }[]>`
    UPDATE users SET password_hash = ${await hashPassword(input.newPassword)}, must_change_password = false,
      session_version = session_version + 1, updated_at = now()
    WHERE id = ${session.userId}::uuid
    RETURNING session_version AS version`;
  if (!user) throw new UserFacingError(PASSWORD_MESSAGES.failed);
  const [row] = await tx.$queryRaw<{ expires_at: Date }[]>`
    UPDATE auth_sessions SET session_version = ${user.version} WHERE id = ${session.sessionId}::uuid AND user_id = ${session.userId}::uuid
    RETURNING expires_at`;
  if (row) await reissueSessionCookie({ userId: session.userId, sessionId: session.sessionId, sessionVersion: user.version }, row.expires_at);
}
