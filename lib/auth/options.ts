// next-auth configuration: username + password, JWT sessions backed by a
// server-side session row. The JWT carries only the user id, the session id
// and the user's session version; everything else (active, roles, tenants,
// whether the session is still live) is read from the database on each
// request by getAuthSession. Signing out ends the row, so a copied cookie dies
// with it.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endSession } from "./end-sessions";
import { SIGN_IN_MESSAGES } from "./messages";
import { authorizeCredentials, type SignedInUser } from "./sign-in";
import { SESSION_MAX_AGE_SECONDS } from "./start-session";

export { SIGN_IN_MESSAGES } from "./messages";
export { authorizeCredentials } from "./sign-in";

const ANSWERS: ReadonlySet<string> = new Set(Object.values(SIGN_IN_MESSAGES));

/** next-auth shows authorize()'s message to the user: anything but ours (a database error) becomes the generic one. */
function answerInChinese(err: unknown): never {
  if (err instanceof Error && ANSWERS.has(err.message)) throw err;
  console.error("[auth] sign-in failed unexpectedly", err);
  throw new Error(SIGN_IN_MESSAGES.failed);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers).catch(answerInChinese),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as SignedInUser;
        token.uid = signedIn.id;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
  events: {
    // next-auth has decoded (and so verified) the cookie before this runs; a
    // failure here is logged by next-auth and the cookie is still cleared.
    async signOut({ token }) {
      if (typeof token?.uid === "string" && typeof token.sid === "string") await endSession(token.uid, token.sid);
    },
  },
};
