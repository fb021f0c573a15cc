import type { Indicator } from "@/lib/generated/prisma/client";

/** An indicator as audit JSON (decimals as exact text). */
export function indicatorSnapshot(i: Indicator) {
  return {
    planId: i.planId,
    taskId: i.taskId,
    name: i.name,
    unit: i.unit,
    comparator: i.comparator,
    baselineValue: i.baselineValue?.toString() ?? null,
    baselineYear: i.baselineYear,
    targetValue: i.targetValue?.toString() ?? null,
    targetMax: i.targetMax?.toString() ?? null,
    targetYear: i.targetYear,
  };
}
