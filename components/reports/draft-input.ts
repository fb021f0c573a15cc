// What the form sends to the save and submit actions, and how the actions'
// field errors map back onto the form. Pure: tested without React.
import type { FieldErrors } from "@/lib/auth/action";
import type { DraftFields } from "./draft-state";

// A type, not an interface: the actions take a plain record, and only a type alias has an implicit index signature.
export type DraftInput = {
  slotId: string;
  summary: string;
  progress: string;
  problems: string;
  nextSteps: string;
  version: number;
  actuals: { indicatorId: string; value: string; confirmed: boolean }[];
};

/** Only filled actuals are sent; an empty progress box means 0. */
export function draftInput(slotId: string, indicatorIds: readonly string[], fields: DraftFields, version: number): DraftInput {
  return {
    slotId,
    summary: fields.summary,
    progress: fields.progress.trim() === "" ? "0" : fields.progress,
    problems: fields.problems,
    nextSteps: fields.nextSteps,
    version,
    actuals: filledIndicators(indicatorIds, fields).map((indicatorId) => ({
      indicatorId,
      value: (fields.actuals[indicatorId] ?? "").trim(),
      confirmed: fields.confirmed?.[indicatorId] ?? false,
    })),
  };
}

function filledIndicators(indicatorIds: readonly string[], fields: DraftFields): string[] {
  return indicatorIds.filter((id) => (fields.actuals[id] ?? "").trim() !== "");
}

/** zod reports actuals by array index (`actuals.1.value`); the form shows them by indicator (`actual:<id>`). */
export function formFieldErrors(indicatorIds: readonly string[], fields: DraftFields, errors: FieldErrors | undefined): FieldErrors {
  const filled = filledIndicators(indicatorIds, fields);
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const m = key.match(/^actuals\.(\d+)/);
    out[m ? `actual:${filled[Number(m[1])]}` : key] = messages;
  }
  return out;
}
