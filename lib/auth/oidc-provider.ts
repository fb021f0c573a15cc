// next-auth's OAuth provider, set up as an OpenID Connect client of the
// configured issuer: endpoints from its discovery document, authorization code
// with PKCE, state and nonce, and a signed ID token that openid-client
// verifies (signature, issuer, audience, expiry, nonce). next-auth 4 reads the
// profile either from the ID token or from userinfo; providers differ in where
// they put a username claim, so both are read, the ID token winning, and
// openid-client refuses a userinfo answer about another subject.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import { SSO_MESSAGES } from "./messages";
import { wellKnownUrl, type OidcConfig } from "./oidc-config";

export const OIDC_PROVIDER_ID = "oidc";

type Claims = Record<string, unknown> & { sub: string };

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");

export function oidcProvider(config: OidcConfig): OAuthConfig<Claims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: SSO_MESSAGES.button,
    type: "oauth",
    wellKnown: wellKnownUrl(config.issuer),
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    userinfo: {
      async request({ tokens: params, client }) {
        // next-auth types what it passes as plain parameters; it is openid-client's TokenSet (oauth/callback.js).
        const tokens = params as unknown as TokenSet;
        const fromIdToken = tokens.claims();
        // Discovery names the issuer whose tokens openid-client then accepts; it must be the configured one.
        if (withoutTrailingSlash(fromIdToken.iss) !== withoutTrailingSlash(config.issuer)) {
          throw new Error(`ID token issuer ${fromIdToken.iss} is not the configured ${config.issuer}`);
        }
        if (!client.issuer.metadata.userinfo_endpoint || !tokens.access_token) return fromIdToken;
        const fromUserinfo = await client.userinfo(tokens);
        return { ...fromUserinfo, ...fromIdToken };
      },
    },
    // The account is chosen later (signIn callback → signInWithIdentity), from the raw claims.
    profile: (claims) => ({ id: claims.sub }),
  };
}
