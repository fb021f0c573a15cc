// The province's sink for the shared simulation (lib/simulation): each plan's
// 36 monthly periods, its tasks with their status history, report slots with
// their reports and events, and indicator actuals, as COPY rows. Every draw
// comes from streams keyed by the province seed, the district and the plan.
import { PROVINCE_PROFILE } from "@/lib/simulation/profiles";
import { simulatePlan, type PlanSimulation } from "@/lib/simulation/simulate-plan";
import type { SimIndicator, SimSlot } from "@/lib/simulation/types";
import { Xoshiro128 } from "@/lib/simulation/xoshiro128";
import { isoDate, isoTime } from "./copy";
import type { DistrictActors } from "./district-accounts";
import { openedAt, type DistrictContext } from "./district-context";
import type { Unit } from "./district-people";
import type { PlannedIndicator, PlannedPlan, PlannedTask } from "./district-plans";
import { addActuals, addSlotsAndReports } from "./report-rows";

export type ProvinceSlot = SimSlot<PlannedTask> & { unit: Unit };
type ProvinceIndicator = SimIndicator<PlannedTask> & { id: string; definitionVersion: number | null };
export type Simulated = PlanSimulation<PlannedTask, ProvinceSlot, ProvinceIndicator>;

export function addActivity(ctx: DistrictContext, plans: readonly PlannedPlan[], actors: DistrictActors): void {
  for (const plan of plans) {
    const periodIds = addPeriods(ctx, plan);
    const simulation = simulatePlan({
      plan,
      periods: ctx.spec.periods,
      frequency: "monthly",
      cap: ctx.spec.today,
      tasks: plan.tasks,
      slots: slotsOf(plan, ctx.spec.periods.length, actors),
      indicators: plan.indicators.filter(hasTarget).map(simIndicator),
      staff: actors.staffId,
      profile: PROVINCE_PROFILE,
      streams: (...key) => new Xoshiro128(ctx.spec.seed, "activity", ctx.spec.code, plan.id, ...key),
    });
    addTasks(ctx, simulation, actors.staffId);
    const reportIds = addSlotsAndReports(ctx, simulation, periodIds);
    addActuals(ctx, simulation, periodIds, reportIds);
  }
}

function addPeriods({ ids, t, tenantId, spec }: DistrictContext, plan: PlannedPlan): string[] {
  return spec.periods.map((period) => {
    const id = ids.uuid();
    const [starts, ends, due] = [period.startsOn, period.endsOn, period.dueOn].map((d) => isoDate(d.getTime()));
    t.reporting_periods.add([id, tenantId, plan.id, period.label, starts!, ends!, due!, isoTime(openedAt(period.startsOn))]);
    return id;
  });
}

/** A slot per period, task and slot unit (lead first): the first report of a task and period carries its actuals. */
function slotsOf(plan: PlannedPlan, periods: number, actors: DistrictActors): ProvinceSlot[] {
  const slots: ProvinceSlot[] = [];
  for (let periodIndex = 0; periodIndex < periods; periodIndex++) {
    for (const task of plan.tasks) {
      for (const { unit, role } of task.slotUnits) {
        slots.push({ task, periodIndex, unitName: unit.name, role, unit, author: actors.reporterByUnit.get(unit.id) ?? actors.staffId });
      }
    }
  }
  return slots;
}

const hasTarget = (ind: PlannedIndicator): ind is PlannedIndicator & { targetValue: number } => ind.targetValue !== null;

function simIndicator(ind: PlannedIndicator & { targetValue: number }): ProvinceIndicator {
  return { ...ind, key: `${ind.position}|${ind.name}|${ind.unit ?? ""}|${ind.comparator}|${ind.task ? ind.task.key : "plan"}` };
}

/** Task rows as their history leaves them, and the history itself. */
function addTasks({ ids, t, tenantId }: DistrictContext, simulation: Simulated, staffId: string): void {
  for (const { task, changes, status, progress, dueDate } of simulation.tasks) {
    for (const c of changes) {
      const due = c.dueDate === null ? null : isoDate(c.dueDate);
      t.task_status_events.add([ids.uuid(), tenantId, task.id, staffId, c.from, c.to, c.fromProgress, c.toProgress, due, c.note, isoTime(c.at)]);
    }
    const updatedAt = changes.length ? changes[changes.length - 1]!.at : task.createdAt;
    const due = dueDate === null ? null : isoDate(dueDate);
    t.tasks.add([...task.row, status, progress, due, 1 + changes.length, isoTime(task.createdAt), isoTime(updatedAt)]);
  }
}
