// The comparison over all of a city's districts: completion, on-time reporting
// and every catalogue indicator some district has a confirmed target for,
// ranked by the chosen sort. Two aggregate statements in one read-only child
// transaction, whatever the number of districts; the page and the .xlsx read
// the same thing.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { withChildTenants } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { readComparisons, type CatalogueIndicator } from "./compare-indicator";
import { readDistrictCompletion } from "./district-completion";
import { parseDistrictSort, type DistrictSort } from "./district-sort";
import { districtSortLabel } from "./messages";
import { rankDistricts, type DistrictStanding } from "./rank-districts";

export interface DistrictComparisonTable {
  sort: DistrictSort;
  /** What the ranking is by, in words (任务完成率, 按时报送率, 普惠率（对照目标路径）). */
  sortLabel: string;
  /** The compared indicators, in the order of each standing's `indicators`. */
  indicators: CatalogueIndicator[];
  standings: DistrictStanding[];
  today: Date;
}

export async function getDistrictComparison(
  session: TenantSession,
  rawSort: string | undefined,
  today: Date = todayInChina(),
): Promise<DistrictComparisonTable> {
  const { completion, comparisons } = await withChildTenants(session, async (tx, children) => ({
    completion: await readDistrictCompletion(tx, children, today),
    comparisons: await readComparisons(tx, children, "all"),
  }));
  const compared = comparisons.filter((c) => c.districts.some((d) => d.target !== null));
  const sort = parseDistrictSort(
    rawSort,
    compared.map((c) => c.indicator.code),
  );
  const sortedName = sort.by === "indicator" ? compared.find((c) => c.indicator.code === sort.code)?.indicator.name : undefined;
  return {
    sort,
    sortLabel: districtSortLabel(sort, sortedName),
    indicators: compared.map((c) => c.indicator),
    standings: rankDistricts(completion, compared, sort),
    today,
  };
}
