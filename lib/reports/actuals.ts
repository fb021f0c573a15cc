// Indicator actuals entered with a report. An actual may be for an indicator
// of the slot's task or a plan-level indicator of the same plan; anything else
// is refused. Entered once per indicator and report. A value far outside what
// its indicator allows needs the reporter's confirmation on submit and carries
// its reason to the reviewer (check-plausibility.ts).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { UserFacingError } from "@/lib/errors";
import { definitionVersionsFor } from "@/lib/indicators/current-version";
import { plausibilityNumbers } from "@/lib/indicators/plausibility";
import { plausibilityNotes, type ActualEntry } from "./check-plausibility";
import type { LoadedSlot } from "./load-slot";

export async function replaceReportActuals(
  tx: Tx,
  slot: LoadedSlot,
  reportId: string,
  actuals: ActualEntry[],
  enteredById: string,
  opts: {
    /** The report was created in this transaction: it has no actuals to replace. */
    isNewReport?: boolean;
    /** "submit" refuses an implausible value the reporter has not confirmed. */
    mode: "draft" | "submit";
  },
): Promise<void> {
  const isNewReport = opts.isNewReport ?? false;
  const tenantId = slot.tenantId;
  const ids = [...new Set(actuals.map((a) => a.indicatorId))];
  if (ids.length !== actuals.length) throw new UserFacingError("同一指标只能填写一个实际值");
  let notes = new Map<string, string | null>();
  if (ids.length > 0) {
    const allowed = await tx.indicator.findMany({
      where: { tenantId, id: { in: ids }, planId: slot.task.planId, OR: [{ taskId: slot.taskId }, { taskId: null }] },
      select: { id: true, name: true, unit: true, comparator: true, baselineValue: true, targetValue: true, targetMax: true },
    });
    if (allowed.length !== ids.length) throw new UserFacingError("所填指标不属于该任务");
    const numbers = allowed.map((i) => ({ id: i.id, name: i.name, ...plausibilityNumbers(i) }));
    notes = plausibilityNotes(numbers, actuals, opts.mode);
  }
  const versions = await definitionVersionsFor(tx, ids);
  const rowOf = (actual: ActualEntry) => ({
    tenantId,
    indicatorId: actual.indicatorId,
    reportId,
    periodId: slot.periodId,
    asOf: slot.period.endsOn,
    value: actual.value,
    definitionVersion: versions.get(actual.indicatorId) ?? null,
    enteredById,
    plausibilityNote: notes.get(actual.indicatorId) ?? null,
    groupUnitId: slot.groupUnitId,
  });
  // A new report has nothing to replace: one insert for all its actuals.
  if (isNewReport) {
    if (actuals.length > 0) await tx.indicatorActual.createMany({ data: actuals.map(rowOf) });
    return;
  }
  await tx.indicatorActual.deleteMany({ where: { tenantId, reportId, indicatorId: { notIn: ids } } });
  for (const actual of actuals) {
    const row = rowOf(actual);
    await tx.indicatorActual.upsert({
      where: { tenantId_indicatorId_reportId: { tenantId, indicatorId: actual.indicatorId, reportId } },
      create: row,
      update: { value: row.value, reviewState: "pending", definitionVersion: row.definitionVersion, plausibilityNote: row.plausibilityNote },
    });
  }
}

/** Approval stamps approvedAt: of two differing approved values for one definition and date, the earlier counts (counted-values-sql.ts). */
export async function setActualsReviewState(tx: Tx, tenantId: string, reportId: string, reviewState: ReviewState): Promise<void> {
  const approvedAt = reviewState === "approved" ? new Date() : null;
  await tx.indicatorActual.updateMany({ where: { tenantId, reportId }, data: { reviewState, approvedAt, setAsideAt: null, setAsideById: null } });
}
