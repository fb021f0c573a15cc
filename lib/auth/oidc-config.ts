// Single sign-on through an OpenID Connect provider (a government identity
// service), configured by environment only (docs/decisions/0013-sso-identity-mapping.md).
// All three of issuer, client id and secret, or none: a half-configured
// provider is an operator's mistake, and `npm start` stops on it with a
// message naming what is missing, as it does for a typo in the trusted proxies.

export interface OidcConfig {
  /** The issuer identifier, exactly as the provider's discovery document states it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim whose value is an EduPlan username. */
  usernameClaim: string;
}

export const DEFAULT_USERNAME_CLAIM = "preferred_username";

/** Plain http only where nothing can listen in: the provider on this machine (tests, a local proxy). */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

type Env = Record<string, string | undefined>;

/** null when single sign-on is not configured; throws (Chinese) when it is configured wrongly. */
export function readOidcConfig(env: Env): OidcConfig | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const issuer = value("EDUPLAN_OIDC_ISSUER");
  const clientId = value("EDUPLAN_OIDC_CLIENT_ID");
  const clientSecret = value("EDUPLAN_OIDC_CLIENT_SECRET");
  if (!issuer && !clientId && !clientSecret) return null;

  const missing = [
    ["EDUPLAN_OIDC_ISSUER", issuer],
    ["EDUPLAN_OIDC_CLIENT_ID", clientId],
    ["EDUPLAN_OIDC_CLIENT_SECRET", clientSecret],
  ].flatMap(([name, v]) => (v ? [] : [name]));
  if (missing.length > 0) throw new Error(`统一身份认证配置不完整：缺少 ${missing.join("、")}`);

  let url: URL;
  try {
    url = new URL(issuer!);
  } catch {
    throw new Error(`EDUPLAN_OIDC_ISSUER“${issuer}”不是有效的网址`);
  }
  const loopbackHttp = url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !loopbackHttp) throw new Error(`EDUPLAN_OIDC_ISSUER 必须使用 https：${issuer}`);
  if (url.search || url.hash) throw new Error(`EDUPLAN_OIDC_ISSUER 不能带查询参数或片段：${issuer}`);

  const usernameClaim = value("EDUPLAN_OIDC_USERNAME_CLAIM") ?? DEFAULT_USERNAME_CLAIM;
  return { issuer: issuer!, clientId: clientId!, clientSecret: clientSecret!, usernameClaim };
}

/** Where the provider publishes its metadata (OpenID Connect Discovery 1.0 §4). */
export function wellKnownUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/** The redirect URI to register with the provider: next-auth builds it from NEXTAUTH_URL, never from the request's Host. */
export function oidcCallbackUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/api/auth/callback/oidc`;
}

let cached: { config: OidcConfig | null } | undefined;

/**
 * The web process's configuration, read once. `npm start` has already refused
 * a wrong one (scripts/web-server.ts); if `next start` is run by hand with one,
 * single sign-on is left off and the password still works.
 */
export function oidcConfig(): OidcConfig | null {
  if (!cached) {
    try {
      cached = { config: readOidcConfig(process.env) };
    } catch (err) {
      console.error(`[auth] 统一身份认证未启用：${(err as Error).message}`);
      cached = { config: null };
    }
  }
  return cached.config;
}
