// Checks a username and password for next-auth's credentials provider, in the
// order that keeps the throttle honest: the attempt is reserved (or refused)
// before the password is verified, and only a success clears it.
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { findCredentials } from "./credentials";
import { SIGN_IN_MESSAGES } from "./messages";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clientAddress, clientUserAgent } from "./request-info";
import { startSession } from "./start-session";
import { releaseAttempt, reserveAttempt } from "./throttle";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export interface SignedInUser {
  id: string;
  name: string;
  sessionVersion: number;
  sessionId: string;
}

export async function authorizeCredentials(raw: unknown, headers?: Record<string, unknown>): Promise<SignedInUser> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(SIGN_IN_MESSAGES.missing);
  const { username, password } = parsed.data;
  const db = getPrisma();
  const account = await findCredentials(db, username);
  const attempt = {
    username: username.toLowerCase(),
    address: clientAddress(headers),
    userAgent: clientUserAgent(headers),
    userId: account?.userId ?? null,
  };
  const reservation = await reserveAttempt(db, attempt);
  if (!reservation.ok) throw new Error(SIGN_IN_MESSAGES.throttled);

  // An unknown username costs the same hash as a known one, so timing does not tell which exist.
  const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!account || !ok) throw new Error(SIGN_IN_MESSAGES.invalid);
  if (!account.isActive) {
    await releaseAttempt(db, reservation.attemptId);
    throw new Error(SIGN_IN_MESSAGES.inactive);
  }
  const { sessionId } = await startSession(account, { ...attempt, attemptId: reservation.attemptId });
  return { id: account.userId, name: account.displayName, sessionVersion: account.sessionVersion, sessionId };
}
