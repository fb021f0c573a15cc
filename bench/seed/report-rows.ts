// A simulated plan's report slots, reports with their events, and indicator
// actuals as the province's COPY rows.
import { shortHash } from "@/lib/simulation/rng";
import { isoDate, isoTime } from "./copy";
import { openedAt, type DistrictContext } from "./district-context";
import type { ProvinceSlot, Simulated } from "./district-activity";

/** Slot, report and report-event rows; returns the report ids by slot. */
export function addSlotsAndReports({ ids, t, tenantId, spec }: DistrictContext, simulation: Simulated, periodIds: string[]): Map<ProvinceSlot, string> {
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

export function addActuals(
  { ids, t, tenantId, spec }: DistrictContext,
  simulation: Simulated,
  periodIds: string[],
  reportIds: Map<ProvinceSlot, string>,
): void {
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
