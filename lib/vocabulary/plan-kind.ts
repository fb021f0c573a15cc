// Kinds of plan document, in the plan form's select order.
import type { PlanKind } from "@/lib/generated/prisma/enums";

export const PLAN_KINDS = ["work_points", "five_year", "action_plan", "other"] as const satisfies readonly PlanKind[];

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  work_points: "工作要点",
  five_year: "五年规划",
  action_plan: "行动方案",
  other: "其他",
};
