// Which period staff open, and its deadline: one of the plan's periods (by its
// reporting frequency, within its years), the current one when none is named;
// the deadline as the period computes it (DAYS_TO_REPORT after its end) unless
// staff set another, never before the period starts. Pure, so the form's
// choices and the action's check are the same list.
import type { ReportFrequency } from "@/lib/generated/prisma/enums";
import { UserFacingError } from "@/lib/errors";
import { isoDay } from "@/lib/dashboard/dates";
import { currentPeriodSpec } from "./open-period";
import { planPeriods, type PeriodSpec } from "./periods";

interface PlanYears {
  reportingFrequency: ReportFrequency;
  startYear: number;
  endYear: number;
}

export function choosePeriodSpec(plan: PlanYears, choice: { startsOn?: string; dueOn?: string }, today: Date): PeriodSpec {
  const spec = choice.startsOn
    ? planPeriods(plan.reportingFrequency, plan.startYear, plan.endYear).find((p) => isoDay(p.startsOn) === choice.startsOn)
    : currentPeriodSpec(plan.reportingFrequency, plan.startYear, plan.endYear, today);
  if (!spec) throw new UserFacingError("请选择规划期内的填报期", { startsOn: ["请选择规划期内的填报期"] });
  if (!choice.dueOn) return spec;
  const dueOn = new Date(`${choice.dueOn}T00:00:00Z`);
  if (dueOn < spec.startsOn) {
    const message = `截止日期不能早于填报期开始日期（${isoDay(spec.startsOn)}）`;
    throw new UserFacingError(message, { dueOn: [message] });
  }
  return { ...spec, dueOn };
}
