// The bureau the going-live chain opens (going-live.spec.ts), and the
// identity-provider account that names its first school's reporter
// (tests/support/oidc-provider.ts lists it).
export const GOING_LIVE = { code: "lingwu", name: "灵武市教育局", sso: { account: "gov-5001" } } as const;
