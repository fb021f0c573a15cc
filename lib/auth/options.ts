// next-auth configuration: username + password, and single sign-on through an
// OpenID provider when configured (oidc-config.ts); JWT sessions backed by a
// server-side session row, the same for both. The JWT carries only the user id, the session id
// and the user's session version; everything else (active, roles, tenants,
// whether the session is still live) is read from the database on each
// request by getAuthSession. Signing out ends the row, so a copied cookie dies
// with it.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { endSession } from "./end-sessions";
import { SIGN_IN_MESSAGES } from "./messages";
import { oidcConfig, type OidcConfig } from "./oidc-config";
import { OIDC_PROVIDER_ID, oidcProvider } from "./oidc-provider";
import { signInWithIdentity } from "./oidc-sign-in";
import { redirectTarget } from "./redirect-target";
import { requestOrigin } from "./request-origin";
import { authorizeCredentials, type SignedInUser } from "./sign-in";
import { SSO_REFUSALS } from "./sso-refusals";
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

const oidc = oidcConfig();

/**
 * Single sign-on: the provider has vouched for the identity; this maps it to
 * an account and starts the session, or sends the browser back to the login
 * page with a refusal code it explains. next-auth (no adapter) hands this same
 * `user` object to the jwt callback, which is how the session id reaches the cookie.
 */
async function signInWithProvider(config: OidcConfig, user: object, profile: unknown): Promise<true | string> {
  const claims = (profile ?? {}) as Record<string, unknown>;
  const outcome = await signInWithIdentity(claims, config.usernameClaim, Object.fromEntries(await headers()));
  if (!outcome.ok) {
    const who = `${config.usernameClaim}=${JSON.stringify(outcome.username)} sub=${JSON.stringify(claims.sub)}`;
    console.warn(`[auth] single sign-on refused (${outcome.refusal}): ${who}`);
    return `/login?error=${SSO_REFUSALS[outcome.refusal].code}`;
  }
  Object.assign(user, outcome.user);
  return true;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Errors of the provider round trip (state mismatch, provider down) land on the login page too.
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers).catch(answerInChinese),
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      if (!oidc) return false;
      try {
        return await signInWithProvider(oidc, user, profile);
      } catch (err) {
        console.error("[auth] single sign-on failed unexpectedly", err);
        return "/login?error=Callback";
      }
    },
    jwt({ token, user, account }) {
      // Fail closed: a provider sign-in that did not get a session row gets no cookie.
      if (user && account?.provider === OIDC_PROVIDER_ID && typeof (user as Partial<SignedInUser>).sessionId !== "string") {
        throw new Error("single sign-on without a session");
      }
      if (user) {
        const signedIn = user as unknown as SignedInUser;
        token.uid = signedIn.id;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    // Sign-in and sign-out land on the address the browser used (a bureau may reach the server by IP),
    // and only on a path of this site: a callbackUrl from a shared link cannot send anyone elsewhere.
    async redirect({ url, baseUrl }) {
      return redirectTarget(url, baseUrl, requestOrigin(await headers()) ?? baseUrl);
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
