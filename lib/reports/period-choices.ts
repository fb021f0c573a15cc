// The periods the 开启填报 form offers for a plan, and the one it starts on (the current one).
import "server-only";
import type { ReportFrequency } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/dashboard/dates";
import { currentPeriodSpec } from "./open-period";
import { planPeriods } from "./periods";

export function periodChoices(plan: { reportingFrequency: ReportFrequency; startYear: number; endYear: number }, today: Date) {
  const periods = planPeriods(plan.reportingFrequency, plan.startYear, plan.endYear).map((p) => ({
    startsOn: isoDay(p.startsOn),
    label: p.label,
    dueOn: isoDay(p.dueOn),
  }));
  return { periods, current: isoDay(currentPeriodSpec(plan.reportingFrequency, plan.startYear, plan.endYear, today).startsOn) };
}
