// What the district comparison is sorted and ranked by, as the URL says it
// (?sort=completion | on-time | <catalogue code>): anything unknown falls back
// to task completion, so a stale link still shows the ranking.
export type DistrictSort = { by: "completion" } | { by: "on-time" } | { by: "indicator"; code: string };

export const DEFAULT_DISTRICT_SORT: DistrictSort = { by: "completion" };

export function parseDistrictSort(raw: string | undefined, indicatorCodes: readonly string[]): DistrictSort {
  if (raw === "on-time") return { by: "on-time" };
  if (raw && indicatorCodes.includes(raw)) return { by: "indicator", code: raw };
  return DEFAULT_DISTRICT_SORT;
}

/** The URL value of a sort (the inverse of parseDistrictSort). */
export function districtSortParam(sort: DistrictSort): string {
  return sort.by === "indicator" ? sort.code : sort.by;
}
