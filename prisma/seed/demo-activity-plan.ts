// One demo plan's activity: open its periods through the app's own
// openReportingPeriod, read what the simulation needs
// (./demo-activity-read.ts), simulate (lib/simulation), and write the result
// (./demo-activity-writes.ts).
import type { ReportFrequency } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/tenant-scope";
import { openReportingPeriod } from "@/lib/reports/open-period";
import { periodContaining, planPeriods, type PeriodSpec } from "@/lib/reports/periods";
import { mulberry32Stream } from "@/lib/simulation/mulberry32";
import { fnv1a } from "@/lib/simulation/rng";
import { DEMO_PROFILE } from "@/lib/simulation/profiles";
import { simulatePlan } from "@/lib/simulation/simulate-plan";
import type { SimIndicator, SimSlot, SimTask } from "@/lib/simulation/types";
import { readIndicators, readSlots, readTasks } from "./demo-activity-read";
import { writeReports } from "./demo-activity-reports";
import { writeActuals, writeSlotStates, writeTaskHistories, type DemoActivityCounts } from "./demo-activity-writes";

export const DEMO_ACTIVITY_SEED = 20240601;

export interface DemoPlan {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  reportingFrequency: ReportFrequency;
}

export interface Actors {
  staff: string;
  reporterByUnit: Map<string, string>;
}

export type DemoTask = SimTask & { id: string; position: number; version: number };
export type DemoSlot = SimSlot<DemoTask> & { id: string };
export type DemoIndicator = SimIndicator<DemoTask> & { id: string };
export type OpenedPeriod = PeriodSpec & { id: string };

/** The demo's "now" for a plan: today if the plan is running, else 20 December of its last year. */
function demoDayFor(plan: DemoPlan, today: Date): Date | null {
  const year = today.getUTCFullYear();
  if (year < plan.startYear) return null;
  if (year > plan.endYear) return new Date(Date.UTC(plan.endYear, 11, 20));
  return today;
}

export async function seedDemoPlan(tx: Tx, code: string, tenantId: string, plan: DemoPlan, today: Date, actors: Actors, counts: DemoActivityCounts) {
  const demoDay = demoDayFor(plan, today);
  if (!demoDay) return;
  const periods = await openPeriods(tx, tenantId, plan, demoDay);
  if (!periods.length) return;
  counts.periods += periods.length;
  const tasks = await readTasks(tx, tenantId, plan.id);
  const slots = await readSlots(tx, tenantId, periods, tasks, actors);
  counts.slots += slots.length;
  const indicators = await readIndicators(tx, tenantId, plan.id, tasks);
  const simulation = simulatePlan({
    plan,
    periods,
    frequency: plan.reportingFrequency,
    cap: demoDay.getTime(),
    tasks,
    slots,
    indicators,
    staff: actors.staff,
    profile: DEMO_PROFILE,
    streams: (...key) => mulberry32Stream(DEMO_ACTIVITY_SEED, code, plan.title, ...key),
  });
  await writeTaskHistories(tx, tenantId, simulation.tasks, actors.staff, counts);
  await writeSlotStates(tx, tenantId, simulation.slots);
  // Stable across databases: the same names give the same key.
  const submitKey = (slot: DemoSlot) =>
    `demo-${DEMO_ACTIVITY_SEED}-${fnv1a(`${code}|${plan.title}|${periods[slot.periodIndex]!.label}|${slot.task.key}|${slot.unitName}`).toString(16)}`;
  const reportIds = await writeReports(tx, tenantId, simulation.slots, submitKey, counts);
  await writeActuals(tx, tenantId, simulation.actuals, periods, reportIds, counts);
}

/** The plan's periods of the last two years up to the demo day, opened (with their slots) as the app opens them. */
async function openPeriods(tx: Tx, tenantId: string, plan: DemoPlan, demoDay: Date): Promise<OpenedPeriod[]> {
  const cap = demoDay.getTime();
  const current = periodContaining(plan.reportingFrequency, demoDay);
  const cutoff = Date.UTC(current.startsOn.getUTCFullYear() - 2, current.startsOn.getUTCMonth(), 1);
  const specs = planPeriods(plan.reportingFrequency, plan.startYear, plan.endYear).filter((s) => s.startsOn.getTime() <= cap && s.startsOn.getTime() > cutoff);
  const periods: OpenedPeriod[] = [];
  for (const spec of specs) {
    const { period } = await openReportingPeriod(tx, tenantId, plan.id, spec);
    periods.push({ ...spec, id: period.id });
  }
  return periods;
}
