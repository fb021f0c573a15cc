// The JSON answer of GET /api/v1/search for other systems: the page's hits
// without its second line, at most API_LIMIT, best first.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { searchTenant } from "./search-tenant";

export const API_LIMIT = 20;

export async function searchForApi(tx: Tx, session: TenantSession, q: string) {
  const hits = await searchTenant(tx, session, q, API_LIMIT);
  return { results: hits.map(({ kind, id, title, url }) => ({ kind, id, title, url })) };
}
