// The province's sink for the shared simulation (lib/simulation): each plan's
// 36 monthly periods, its tasks with their status history, report slots with
// their reports and events, and indicator actuals, as COPY rows. Every draw
// comes from streams keyed by the province seed, the district and the plan.
import { shortHash } from "@/lib/simulation/rng";
import { PROVINCE_PROFILE } from "@/lib/simulation/profiles";
import { simulatePlan, type PlanSimulation } from "@/lib/simulation/simulate-plan";
import type { SimIndicator, SimSlot } from "@/lib/simulation/types";
import { Xoshiro128 } from "@/lib/simulation/xoshiro128";
import { isoDate, isoTime } from "./copy";
import type { DistrictActors } from "./district-accounts";
import { HOUR, MINUTE, type DistrictContext } from "./district-context";
import type { Unit } from "./district-people";
import type { PlannedIndicator, PlannedPlan, PlannedTask } from "./district-plans";

type ProvinceSlot = SimSlot<PlannedTask> & { unit: Unit };
type ProvinceIndicator = SimIndicator<PlannedTask> & { id: string; definitionVersion: number | null };
type Simulated = PlanSimulation<PlannedTask, ProvinceSlot, ProvinceIndicator>;

/** The open-periods job opens a period at 00:10 China time on its first day. */
const openedAt = (startsOn: Date) => startsOn.getTime() - 8 * HOUR + 10 * MINUTE;

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

/** Slot, report and report-event rows; returns the report ids by slot. */
function addSlotsAndReports({ ids, t, tenantId, spec }: DistrictContext, simulation: Simulated, periodIds: string[]): Map<ProvinceSlot, string> {
  const reportIds = new Map<ProvinceSlot, string>();
  for (const { slot, status, overdueAt, report } of simulation.slots) {
    const period = spec.periods[slot.periodIndex]!;
    const opened = openedAt(period.startsOn);
    const slotId = ids.uuid();
    const updatedAt = report ? Math.max(report.updatedAt, overdueAt ?? 0) : (overdueAt ?? opened);
    t.report_slots.add([
      slotId,
      tenantId,
      periodIds[slot.periodIndex]!,
      slot.task.id,
      slot.unit.id,
      slot.role,
      isoDate(period.dueOn.getTime()),
      status,
      overdueAt === null ? null : isoTime(overdueAt),
      null,
      isoTime(opened),
      isoTime(updatedAt),
    ]);
    if (!report) continue;
    const reportId = ids.uuid();
    reportIds.set(slot, reportId);
    for (const e of report.events) t.report_events.add([ids.uuid(), tenantId, reportId, e.actor, e.action, e.from, e.to, e.comment, isoTime(e.at)]);
    const submitted = report.submittedAt;
    t.reports.add([
      reportId,
      tenantId,
      slotId,
      report.status,
      report.summary,
      report.progress,
      report.problems,
      report.nextSteps,
      report.version,
      report.author,
      submitted === null ? null : isoTime(submitted),
      report.review ? isoTime(report.review.at) : null,
      report.review?.by ?? null,
      report.review?.comment ?? null,
      submitted === null ? null : `bench-${spec.seed}-${shortHash(reportId)}`,
      isoTime(report.createdAt),
      isoTime(report.updatedAt),
    ]);
  }
  return reportIds;
}

function addActuals({ ids, t, tenantId, spec }: DistrictContext, simulation: Simulated, periodIds: string[], reportIds: Map<ProvinceSlot, string>): void {
  for (const a of simulation.actuals) {
    t.indicator_actuals.add([
      ids.uuid(),
      tenantId,
      a.indicator.id,
      a.carrier ? reportIds.get(a.carrier.slot)! : null,
      periodIds[a.periodIndex]!,
      isoDate(spec.periods[a.periodIndex]!.endsOn.getTime()),
      a.value,
      a.reviewState,
      a.indicator.definitionVersion,
      a.enteredBy,
      isoTime(a.createdAt),
    ]);
  }
}
