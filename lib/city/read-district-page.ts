// One page of a district list for the drill-down's sections (plans, units):
// the district by code through the city's one child path (withChildTenant;
// another city's district is a NotFoundError), the page number from the URL
// (malformed → 1), and the list read inside that read-only transaction.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { withChildTenant, type ChildTenant, type Tx } from "@/lib/db/tenant-scope";
import { firstParam, listQuerySchema, type Page } from "@/lib/pagination";
import { todayInChina } from "@/lib/reports/periods";

type DistrictList<T> = (tx: Tx, tenantId: string, page: number, today: Date) => Promise<Page<T>>;

export async function readDistrictPage<T>(
  session: TenantSession,
  code: string,
  search: Record<string, string | string[] | undefined>,
  list: DistrictList<T>,
): Promise<{ district: ChildTenant; rows: Page<T> }> {
  const { page } = listQuerySchema.parse({ page: firstParam(search.page) });
  return withChildTenant(session, code, async (tx, district) => ({ district, rows: await list(tx, district.id, page, todayInChina()) }));
}
