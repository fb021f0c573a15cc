// Reads the signed session cookie. Kept apart so tests can stand in for the
// cookie while everything after it (user lookup, version check) stays real.
//
// It decodes the cookie next-auth wrote (encrypted JWT; jose checks the
// authentication tag and expiry) rather than calling getServerSession, which on
// every request also runs the callbacks and re-encrypts a fresh cookie — work
// whose only effect is sliding the expiry, and which Server Components cannot
// even send back. Sessions therefore end 12 hours after sign-in (authOptions),
// however active; the per-request database check ends them sooner: sign-out,
// 退出所有设备 or an admin revokes the session row the cookie names (sid), and
// deactivation or a password or role change moves the session version on.
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";

export interface SessionToken {
  userId: string;
  /** The auth_sessions row this cookie belongs to. */
  sessionId: string;
  sessionVersion: number;
}

/** next-auth's names: the __Secure- one on https (NEXTAUTH_URL), the plain one otherwise. */
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function readSessionToken(): Promise<SessionToken | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!raw || !secret) return null;
  // A cookie that fails to decrypt or has expired is no session, not an error page.
  const payload = await decode({ token: raw, secret }).catch(() => null);
  // Cookies issued before server-side sessions carry no sid: they are no session either.
  if (typeof payload?.uid !== "string" || typeof payload.sid !== "string" || typeof payload.sv !== "number") return null;
  return { userId: payload.uid, sessionId: payload.sid, sessionVersion: payload.sv };
}
