// Chinese labels for the plan vocabulary; safe to import from client components.
import type { PlanKind, UnitRole } from "@/lib/generated/prisma/enums";
import type { Comparator as ParsedComparator } from "@/lib/plans/parser/types";

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  work_points: "工作要点",
  five_year: "五年规划",
  action_plan: "行动方案",
  other: "其他",
};

// One vocabulary for task status everywhere (the words: 未启动/推进中/已完成/滞后/暂缓).
export { TASK_STATUS_LABELS } from "@/lib/tasks/labels";

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = {
  lead: "牵头",
  responsible: "责任",
  cooperate: "配合",
};

/** The parser's comparators, as offered in the import review's select. */
export const PARSED_COMPARATOR_OPTIONS: { value: ParsedComparator; label: string }[] = [
  { value: ">=", label: "≥ 不低于" },
  { value: "<=", label: "≤ 不高于" },
  { value: "=", label: "= 等于" },
  { value: "range", label: "范围" },
  { value: "change", label: "变化" },
];

export function formatPeriod(startYear: number, endYear: number): string {
  return startYear === endYear ? `${startYear}年` : `${startYear}–${endYear}`;
}
