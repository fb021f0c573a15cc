// A tenant code as the platform issues them (lib/platform/schemas.ts): anything
// else in a public URL is a 404 before any lookup or cache entry.
const TENANT_CODE = /^[a-z][a-z0-9-]{1,39}$/;

export function isTenantCode(code: string): boolean {
  return TENANT_CODE.test(code);
}
