// After a user changes their own password the session version moves on (every
// other device is signed out) while this browser stays signed in: its session
// row takes the new version and its cookie is written again carrying it. The
// cookie is next-auth's own JWT, encoded the way next-auth does, with the
// claims token.ts reads (uid, sid, sv) and the row's remaining lifetime.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import type { SessionToken } from "./token";

export async function reissueSessionCookie(token: SessionToken, expiresAt: Date): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return;
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const maxAge = Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  const value = await encode({ token: { sub: token.userId, uid: token.userId, sid: token.sessionId, sv: token.sessionVersion }, secret, maxAge });
  (await cookies()).set(secure ? "__Secure-next-auth.session-token" : "next-auth.session-token", value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    expires: expiresAt,
  });
}
