// Indicator actuals at each active quarter's end: on the report that carries
// the task's actuals (the lead unit's, else the first other one), pending
// until that report is approved; or, where no unit reports on the indicator,
// entered by the bureau, approved, some days after the quarter ends.
import { DAY, eventTimes, utcDay } from "./event-times";
import { REVIEW_STATE } from "./fates";
import { indicatorModel } from "./indicator-model";
import type { SimActual, SimContext, SimIndicator, SimSlot, SimTask, SlotOutcome } from "./types";

type Carriers<S extends SimSlot> = Map<SimTask, Map<number, SlotOutcome<S>>>;

/** Per task and period, the first slot (in the caller's order) that has a report. */
export function carriersOf<S extends SimSlot>(outcomes: readonly SlotOutcome<S>[]): Carriers<S> {
  const carriers: Carriers<S> = new Map();
  for (const outcome of outcomes) {
    if (!outcome.report) continue;
    const byPeriod = carriers.get(outcome.slot.task) ?? new Map<number, SlotOutcome<S>>();
    carriers.set(outcome.slot.task, byPeriod);
    if (!byPeriod.has(outcome.slot.periodIndex)) byPeriod.set(outcome.slot.periodIndex, outcome);
  }
  return carriers;
}

export function simulateActuals<I extends SimIndicator, S extends SimSlot>(
  indicators: readonly I[],
  outcomes: readonly SlotOutcome<S>[],
  plan: { startYear: number; endYear: number },
  context: SimContext,
): SimActual<I, S>[] {
  const { window, streams } = context;
  const carriers = carriersOf(outcomes);
  const reportingTasks = new Set<SimTask>(outcomes.map((o) => o.slot.task));
  const actuals: SimActual<I, S>[] = [];
  for (const indicator of indicators) {
    const valueAt = indicatorModel(indicator, plan, streams("indicator", indicator.key));
    window.periods.forEach((period, periodIndex) => {
      // Quarter ends only (every period of a quarterly plan).
      if (window.activeIndex(periodIndex) === undefined || period.endsOn.getUTCMonth() % 3 !== 2) return;
      const asOf = period.endsOn.getTime();
      const noise = streams("indicator", indicator.key, period.label);
      const value = valueAt(asOf, noise);
      if (indicator.task && reportingTasks.has(indicator.task)) {
        const carrier = carriers.get(indicator.task)?.get(periodIndex);
        if (!carrier) return;
        const report = carrier.report!;
        actuals.push({
          indicator,
          periodIndex,
          value,
          carrier,
          reviewState: REVIEW_STATE[report.status],
          enteredBy: report.author,
          createdAt: report.createdAt,
        });
      } else {
        if (asOf >= window.cap) return;
        const [at] = eventTimes(noise, utcDay(asOf) + noise.int(3, 15) * DAY, [], asOf, window.cap);
        actuals.push({ indicator, periodIndex, value, carrier: null, reviewState: "approved", enteredBy: context.staff, createdAt: at! });
      }
    });
  }
  return actuals;
}
