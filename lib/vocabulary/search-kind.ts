// What the search finds (lib/search), in the order a result list names them.
export const SEARCH_KINDS = ["plan", "task", "unit", "person", "report"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  plan: "规划",
  task: "任务",
  unit: "单位",
  person: "人员",
  report: "填报",
};
