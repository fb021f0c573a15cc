// The glue between next-auth and the identity mapping: the provider is there
// only when configured, asks for PKCE, state and nonce, and its sign-in either
// redirects to the login page with a refusal or puts the new session's id in
// the token, exactly where a password sign-in puts it.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NextAuthOptions } from "next-auth";
import { loadAuthSession } from "@/lib/auth/session";
import { ownerDb } from "@/tests/support/db";

const CONFIGURED = {
  EDUPLAN_OIDC_ISSUER: "https://id.gov.example.cn/realms/edu",
  EDUPLAN_OIDC_CLIENT_ID: "eduplan",
  EDUPLAN_OIDC_CLIENT_SECRET: "s3cret",
};

async function optionsWith(env: Record<string, string>): Promise<NextAuthOptions> {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return (await import("@/lib/auth/options")).authOptions;
}

type SignIn = NonNullable<NonNullable<NextAuthOptions["callbacks"]>["signIn"]>;
type Jwt = NonNullable<NonNullable<NextAuthOptions["callbacks"]>["jwt"]>;
const oidcAccount = { provider: "oidc", type: "oauth", providerAccountId: "gov-8f3a" } as const;

describe("next-auth with single sign-on", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("offers only the password when the provider is not configured", async () => {
    const options = await optionsWith({});
    expect(options.providers.map((p) => p.id)).toEqual(["credentials"]);
  });

  it("configures the provider from the environment, with PKCE, state and nonce and the ID token verified", async () => {
    const options = await optionsWith(CONFIGURED);
    const provider = options.providers.find((p) => p.id === "oidc") as unknown as Record<string, unknown>;
    expect(provider).toMatchObject({
      type: "oauth",
      wellKnown: "https://id.gov.example.cn/realms/edu/.well-known/openid-configuration",
      issuer: CONFIGURED.EDUPLAN_OIDC_ISSUER,
      clientId: "eduplan",
      clientSecret: "s3cret",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
    });
  });

  it("sends a refused identity back to the login page with its reason, and starts no session", async () => {
    const options = await optionsWith(CONFIGURED);
    const signIn = options.callbacks!.signIn as SignIn;
    const sessions = await ownerDb().authSession.count();
    const attempt = (claims: Record<string, unknown>) => signIn({ user: { id: "gov-8f3a" }, account: oidcAccount, profile: { sub: "gov-8f3a", ...claims } });
    expect(await attempt({ preferred_username: "wang.unknown" })).toBe("/login?error=SsoUnknown");
    expect(await attempt({ preferred_username: "platform.admin" })).toBe("/login?error=SsoPlatformAdmin");
    expect(await attempt({ name: "没有用户名" })).toBe("/login?error=SsoNoUsername");
    expect(await ownerDb().authSession.count()).toBe(sessions);
  });

  it("puts the new session in the token as a password sign-in does", async () => {
    const options = await optionsWith(CONFIGURED);
    const user: Record<string, unknown> = { id: "gov-8f3a" };
    expect(
      await (options.callbacks!.signIn as SignIn)({
        user: user as never,
        account: oidcAccount,
        profile: { sub: "gov-8f3a", preferred_username: "jinfeng.leader" } as never,
      }),
    ).toBe(true);
    const token = await (options.callbacks!.jwt as Jwt)({ token: {}, user: user as never, account: oidcAccount as never, trigger: "signIn" });
    const stored = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.leader" } });
    expect(token).toMatchObject({ uid: stored.id, sv: stored.sessionVersion, sid: expect.any(String) });
    const session = await loadAuthSession({ userId: token.uid as string, sessionId: token.sid as string, sessionVersion: token.sv as number });
    expect(session).toMatchObject({ username: "jinfeng.leader", role: "leader" });
  });

  it("fails closed: a provider sign-in that reached the token without a session gets no cookie", async () => {
    const options = await optionsWith(CONFIGURED);
    const jwt = options.callbacks!.jwt as Jwt;
    expect(() => jwt({ token: {}, user: { id: "gov-8f3a" }, account: oidcAccount as never, trigger: "signIn" })).toThrow();
  });
});
