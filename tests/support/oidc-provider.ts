// A real OpenID provider for the single sign-on tests (panva's oidc-provider,
// the certified implementation), on a free loopback port: one confidential
// client, a few accounts, and its development login form (any password; the
// login typed is the account id). Its ID tokens carry only `sub` and the
// profile claims come from userinfo, as many real providers do, so the app's
// userinfo merge is exercised too.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

/** Account id (what one types on the provider's login form) → the claims it vouches for. */
export const TEST_OIDC_ACCOUNTS: Record<string, Record<string, string>> = {
  "gov-1001": { preferred_username: "jinfeng.staff", name: "金凤区工作人员" },
  "gov-1002": { preferred_username: "helan.reporter", name: "贺兰县填报员" },
  "gov-2001": { preferred_username: "wang.unknown", name: "王未开通" },
  "gov-3001": { preferred_username: "platform.admin", name: "平台管理员" },
  "gov-4001": { name: "没有用户名的人" },
  // An account the going-live chain imports (tests/e2e/going-live-world.ts).
  "gov-5001": { preferred_username: "lingwu.school01", name: "灵武市第一小学填报员" },
};

export const TEST_OIDC_CLIENT = { clientId: "eduplan", clientSecret: `test-secret-${randomBytes(12).toString("hex")}` };

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

export async function startTestOidcProvider(options: { redirectUris: string[]; accounts?: Record<string, Record<string, string>> }): Promise<TestOidcProvider> {
  const accounts = options.accounts ?? TEST_OIDC_ACCOUNTS;
  let handle: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT.clientId,
        client_secret: TEST_OIDC_CLIENT.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
    async findAccount(_ctx, id) {
      const claims = accounts[id];
      return claims ? { accountId: id, claims: async () => ({ sub: id, ...claims }) } : undefined;
    },
    // The client must send a PKCE challenge, so a client that forgot it fails here as it would elsewhere.
    pkce: { methods: ["S256"], required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    jwks: { keys: [{ ...signingKey, kid: "test-signing-key", use: "sig", alg: "RS256" } as never] },
  };
  const provider = new Provider(issuer, configuration);
  // Its development-only warnings (dev interactions, in-memory adapter) are expected here.
  provider.on("server_error", (_ctx, err) => console.error("[test-oidc] server error", err));
  handle = provider.callback();

  return {
    issuer,
    ...TEST_OIDC_CLIENT,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
