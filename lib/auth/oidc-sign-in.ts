// An identity the OpenID provider has vouched for becomes an EduPlan session,
// or a refusal the login page explains (docs/decisions/0013-sso-identity-mapping.md).
// The claim names an existing account, matched exactly; nothing is ever
// created. A deactivated account and a platform admin are refused: the latter
// can reach every tenant, so its sign-in stays with the password, the throttle
// and this server, out of reach of whoever administers the identity provider.
// The session itself is the password sign-in's (startSession): same row, same
// cookie, same notice of failed attempts.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import { findCredentials } from "./credentials";
import { clientAddress, clientUserAgent } from "./request-info";
import type { SignedInUser } from "./sign-in";
import type { SsoRefusal } from "./sso-refusals";
import { startSession } from "./start-session";
import { withUser } from "./user-scope";

export type SsoOutcome = { ok: true; user: SignedInUser } | { ok: false; refusal: SsoRefusal; username: string | null };

/** Same bound as a typed username (sign-in.ts): anything longer names no account. */
const MAX_USERNAME = 64;

export async function signInWithIdentity(claims: Record<string, unknown>, usernameClaim: string, headers?: Record<string, unknown>): Promise<SsoOutcome> {
  const raw = claims[usernameClaim];
  // Exact match, no trimming or case folding: the provider's value either is an EduPlan username or it is not.
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_USERNAME) return { ok: false, refusal: "noUsername", username: null };
  const username = raw;

  const account = await findCredentials(getPrisma(), username);
  if (!account) return { ok: false, refusal: "unknown", username };
  if (!account.isActive) return { ok: false, refusal: "inactive", username };
  const { isPlatformAdmin } = await withUser(account.userId, (tx) =>
    tx.user.findUniqueOrThrow({ where: { id: account.userId }, select: { isPlatformAdmin: true } }),
  );
  if (isPlatformAdmin) return { ok: false, refusal: "platformAdmin", username };

  // As after a right password: this source's failed attempts on the account are cleared.
  const attempt = { username: username.toLowerCase(), address: clientAddress(headers), userAgent: clientUserAgent(headers), userId: account.userId };
  const { sessionId } = await startSession(account, attempt);
  return { ok: true, user: { id: account.userId, name: account.displayName, sessionVersion: account.sessionVersion, sessionId } };
}
