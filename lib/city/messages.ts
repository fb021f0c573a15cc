// Words of the city's comparison and drill-down that are not enum labels.
import type { DistrictSort } from "./district-sort";

export const COMPLETION_LABEL = "任务完成率";
export const ON_TIME_LABEL = "按时报送率";
export const RANK_LABEL = "名次";

/** How the comparison is ranked, as its heading and the file name say it. */
export function districtSortLabel(sort: DistrictSort, indicatorName?: string): string {
  if (sort.by === "on-time") return ON_TIME_LABEL;
  if (sort.by === "indicator") return `${indicatorName ?? sort.code}（对照目标路径）`;
  return COMPLETION_LABEL;
}

/** 各区县对比（按任务完成率）-2026-12-03.xlsx */
export function comparisonFileName(sortLabel: string, isoDate: string): string {
  return `各区县对比（按${sortLabel}）-${isoDate}.xlsx`;
}
