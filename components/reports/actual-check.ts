// What the report form says next to a typed actual: the plausibility rule
// (lib/indicators/plausibility.ts) on the number the server will read. Pure,
// so the form's hint and the server's refusal cannot disagree on a value.
import { plausibilityOf, type PlausibilityIndicator } from "@/lib/indicators/plausibility";

/** The text as the server's schema reads it (thousands separators and a trailing % dropped); null when not a number. */
export function typedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[,，%％]/g, "");
  if (cleaned === "") return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** Why the typed value looks wrong for the indicator; null when it is plausible, empty or not a number. */
export function typedPlausibility(numbers: PlausibilityIndicator, text: string): string | null {
  const n = typedNumber(text);
  return n === null ? null : plausibilityOf(numbers, n);
}
