// Why a single sign-on ended on the login page, carried in its `error`
// parameter as a code and shown from this fixed list: the page never echoes
// the parameter itself, so a crafted link cannot put words on it.
import { SSO_MESSAGES } from "./messages";

export const SSO_REFUSALS = {
  noUsername: { code: "SsoNoUsername", message: SSO_MESSAGES.noUsername },
  unknown: { code: "SsoUnknown", message: SSO_MESSAGES.unknown },
  inactive: { code: "SsoInactive", message: SSO_MESSAGES.inactive },
  platformAdmin: { code: "SsoPlatformAdmin", message: SSO_MESSAGES.platformAdmin },
} as const;

export type SsoRefusal = keyof typeof SSO_REFUSALS;

/** next-auth's own codes for a provider round trip that failed (state or nonce mismatch, provider unreachable, …). */
const PROVIDER_FAILURES = new Set([
  "OAuthSignin",
  "OAuthCallback",
  "Callback",
  "AccessDenied",
  "Configuration",
  "Signin",
  "OAuthAccountNotLinked",
  "OAuthCreateAccount",
]);

export function loginErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  const refusal = Object.values(SSO_REFUSALS).find((r) => r.code === code);
  if (refusal) return refusal.message;
  return PROVIDER_FAILURES.has(code) ? SSO_MESSAGES.failed : null;
}
