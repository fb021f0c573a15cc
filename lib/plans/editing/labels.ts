// Display vocabulary for the editing forms. Kept free of runtime Prisma imports
// so client components can use it.
import type { Comparator, PlanKind, ReportFrequency, UnitRole } from "@/lib/generated/prisma/enums";

// The words themselves live with the display vocabulary, once.
export { PLAN_KIND_LABELS, UNIT_ROLE_LABELS } from "@/lib/plans/display/labels";

export const PLAN_KINDS = ["work_points", "five_year", "action_plan", "other"] as const satisfies readonly PlanKind[];

// Labels are FREQUENCY_LABELS in lib/reports/periods.ts (also client-safe).
export const REPORT_FREQUENCIES = ["monthly", "quarterly", "half_yearly", "yearly"] as const satisfies readonly ReportFrequency[];

export const COMPARATORS = ["gte", "lte", "eq", "range", "change"] as const satisfies readonly Comparator[];
export const COMPARATOR_LABELS: Record<Comparator, string> = {
  gte: "不低于（≥）",
  lte: "不高于（≤）",
  eq: "等于（=）",
  range: "区间",
  change: "变化量",
};

// Order of the select in the units editor: the usual reading order of a plan.
export const UNIT_ROLES = ["lead", "responsible", "cooperate"] as const satisfies readonly UnitRole[];

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
