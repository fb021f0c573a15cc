// The server's own judgement of a report's actuals (decision 0027): the form
// asks the reporter to confirm an implausible value, but the server never
// trusts that. On submit an implausible value without `confirmed` refuses the
// whole submission with the reasons (422, field errors by actual); with it, the
// reason is stored on the actual for the reviewer. A draft keeps any value (an
// autosave must never lose typing) and records the note only when confirmed,
// so the box stays ticked when the draft is reopened.
import { UserFacingError } from "@/lib/errors";
import { formatValue } from "@/lib/format/number";
import { plausibilityOf, type PlausibilityIndicator } from "@/lib/indicators/plausibility";
import { PLAUSIBILITY_MESSAGES as M } from "@/lib/vocabulary/plausibility";

export interface ActualEntry {
  indicatorId: string;
  value: number;
  /** The reporter ticked 我已核实该数值 for this value. */
  confirmed?: boolean;
}

export type CheckedIndicator = PlausibilityIndicator & { id: string; name: string };

/** plausibilityNote per indicator id (null: plausible or not confirmed in a draft); throws on an unconfirmed submission. */
export function plausibilityNotes(indicators: CheckedIndicator[], actuals: ActualEntry[], mode: "draft" | "submit"): Map<string, string | null> {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const notes = new Map<string, string | null>();
  const fieldErrors: Record<string, string[]> = {};
  const details: string[] = [];
  actuals.forEach((actual, index) => {
    const indicator = byId.get(actual.indicatorId);
    const reason = indicator ? plausibilityOf(indicator, actual.value) : null;
    notes.set(actual.indicatorId, reason && actual.confirmed ? reason : null);
    if (reason && !actual.confirmed && mode === "submit" && indicator) {
      fieldErrors[`actuals.${index}.value`] = [M.looksWrong(reason)];
      details.push(M.detail(indicator.name, formatValue(actual.value, indicator.unit), reason));
    }
  });
  if (details.length > 0) throw new UserFacingError(M.needsConfirmation(details), fieldErrors);
  return notes;
}
