import type { Indicator } from "@/lib/generated/prisma/client";
import { toIndicatorValues } from "./indicator-values";

/** An indicator as audit JSON (decimals as exact text). */
export function indicatorSnapshot(i: Indicator) {
  const { id: _id, ...values } = toIndicatorValues(i);
  return { planId: i.planId, taskId: i.taskId, ...values };
}
