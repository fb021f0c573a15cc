// One plan's life up to a simulated "today", as pure data: each task's status
// history, each report slot's fate and report, and the indicator actuals. No
// database here: the demo seed writes the result with Prisma
// (prisma/seed/demo-activity.ts), the benchmark province with COPY
// (bench/seed/district-activity.ts). The same seed and inputs give the same
// result; every random draw comes from a stream keyed by stable names.
import type { ReportFrequency } from "@/lib/generated/prisma/enums";
import type { PeriodSpec } from "@/lib/reports/periods";
import { simulateActuals } from "./actuals";
import { activityWindow } from "./activity-window";
import type { SimulationProfile } from "./profiles";
import { slotOutcome } from "./report-story";
import { dealOutcomes, taskCurve, type Curve } from "./task-curve";
import { taskHistory } from "./task-history";
import type { SimActual, SimContext, SimIndicator, SimSlot, SimTask, SlotOutcome, Streams, TaskHistory } from "./types";

export interface PlanSimulationInput<T extends SimTask, S extends SimSlot<T>, I extends SimIndicator<T>> {
  plan: { startYear: number; endYear: number };
  /** The plan's reporting periods that have slots, oldest first. */
  periods: readonly PeriodSpec[];
  frequency: ReportFrequency;
  /** The simulated "today" (UTC midnight, epoch ms): nothing happens on or after it. */
  cap: number;
  tasks: readonly T[];
  /** In the order that decides which report carries a task's actuals: lead units first. */
  slots: readonly S[];
  /** Those with a target. */
  indicators: readonly I[];
  staff: string;
  profile: SimulationProfile;
  streams: Streams;
}

export interface PlanSimulation<T extends SimTask, S extends SimSlot<T>, I extends SimIndicator<T>> {
  tasks: TaskHistory<T>[];
  slots: SlotOutcome<S>[];
  actuals: SimActual<I, S>[];
}

export function simulatePlan<T extends SimTask, S extends SimSlot<T>, I extends SimIndicator<T>>(input: PlanSimulationInput<T, S, I>): PlanSimulation<T, S, I> {
  const { profile, streams } = input;
  const window = activityWindow({ ...input, recentPeriods: profile.recentPeriods });
  const context: SimContext = { window, profile, staff: input.staff, streams };
  const outcomes = dealOutcomes(streams("outcomes"), input.tasks, profile.outcomes);
  const curves = new Map<SimTask, Curve>();
  const tasks = input.tasks.map((task) => {
    const rng = streams("task", task.key);
    const curve = taskCurve(rng, outcomes.get(task)!, window.active.length, profile.pace, window.elapsed);
    curves.set(task, curve);
    return taskHistory(task, curve, context, rng);
  });
  const slots = input.slots.map((slot) => {
    const rng = streams(window.periods[slot.periodIndex]!.label, slot.task.key, slot.unitName);
    return slotOutcome(slot, curves.get(slot.task)!, context, rng);
  });
  return { tasks, slots, actuals: simulateActuals(input.indicators, slots, input.plan, context) };
}
