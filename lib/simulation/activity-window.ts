// The stretch of time a simulation covers: the plan's periods up to the
// simulated "today" (the cap; nothing happens on or after its start), which
// of them are under way long enough to have activity, and how far back each lies.
import type { ReportFrequency } from "@/lib/generated/prisma/enums";
import { periodContaining, type PeriodSpec } from "@/lib/reports/periods";
import { DAY } from "./event-times";
import type { Phase } from "./fates";

/** A period needs this many days under way before anything happens in it. */
const ACTIVE_AFTER_DAYS = 7;

export interface ActivityWindow {
  cap: number;
  periods: readonly PeriodSpec[];
  /** The periods with activity, oldest first. */
  active: readonly PeriodSpec[];
  /** Index into `active` of `periods[i]`, or undefined for a period without activity. */
  activeIndex: (periodIndex: number) => number | undefined;
  phaseOf: (period: PeriodSpec) => Phase;
  /** The usable time span of a period ends here: its days, and the day after it when reports come in. */
  spanEnd: (period: PeriodSpec) => number;
  /** The period after the current one: a delayed task's new due date is its end. */
  after: PeriodSpec;
  /** Share of the plan's years gone by at the cap, 0–1. */
  elapsed: number;
}

export function activityWindow(input: {
  periods: readonly PeriodSpec[];
  frequency: ReportFrequency;
  cap: number;
  plan: { startYear: number; endYear: number };
  /** Ended periods before the current one whose reports are still moving. */
  recentPeriods: number;
}): ActivityWindow {
  const { periods, cap, plan } = input;
  const active = periods.filter((p) => cap - p.startsOn.getTime() >= ACTIVE_AFTER_DAYS * DAY);
  const recent = new Set(active.filter((p) => p.endsOn.getTime() < cap).slice(-input.recentPeriods));
  const indexes = new Map(active.map((p) => [periods.indexOf(p), active.indexOf(p)]));
  const current = periodContaining(input.frequency, new Date(cap));
  const planStart = Date.UTC(plan.startYear, 0, 1);
  return {
    cap,
    periods,
    active,
    activeIndex: (i) => indexes.get(i),
    phaseOf: (p) => (p.endsOn.getTime() >= cap ? "current" : recent.has(p) ? "recent" : "old"),
    spanEnd: (p) => Math.min(p.endsOn.getTime() + DAY, cap),
    after: periodContaining(input.frequency, new Date(current.endsOn.getTime() + DAY)),
    elapsed: Math.min(1, (cap - planStart) / (Date.UTC(plan.endYear, 11, 31) - planStart)),
  };
}
