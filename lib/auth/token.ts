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
//
// next-auth's own decode derives the key from the secret (HKDF) on every
// call; the key is a function of the secret alone, so it is derived once per
// secret here and the cookie decrypted with jose (next-auth's JWT library,
// pinned to its version) exactly as next-auth does.
import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";
import { cookies } from "next/headers";

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
  const payload = await decodeSessionCookie(raw, secret);
  // Cookies issued before server-side sessions carry no sid: they are no session either.
  if (typeof payload?.uid !== "string" || typeof payload.sid !== "string" || typeof payload.sv !== "number") return null;
  return { userId: payload.uid, sessionId: payload.sid, sessionVersion: payload.sv };
}

const derivedKeys = new Map<string, Uint8Array>();

/** next-auth's key: HKDF-SHA256 of the secret, empty salt, its info string, 32 bytes (next-auth/jwt getDerivedEncryptionKey). */
function encryptionKey(secret: string): Uint8Array {
  let key = derivedKeys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    derivedKeys.set(secret, key);
  }
  return key;
}

/** The payload of a session cookie next-auth encrypted, or null: a cookie that fails to decrypt or has expired is no session, not an error page. */
export async function decodeSessionCookie(raw: string, secret: string): Promise<JWTPayload | null> {
  try {
    return (await jwtDecrypt(raw, encryptionKey(secret), { clockTolerance: 15 })).payload;
  } catch {
    return null;
  }
}
