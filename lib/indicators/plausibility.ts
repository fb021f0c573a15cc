// Is an actual far outside what its indicator allows? Pure (no database, no
// framework): the report form runs it as the reporter types, the server runs
// it again before a submission is stored (never trusting the form), and the
// ledger import runs it on every row. The thresholds and why: decision 0027.
//
// Not "off target" (that is on-path.ts): a value here is one a person would
// call a typing or unit slip — 87.5 个 against a target of 20 个, 120%.
import { formatValue } from "@/lib/format/number";
import { goalOf } from "@/lib/dashboard/on-path";
import type { IndicatorNumbers } from "@/lib/indicators/indicator-numbers";
import { PLAUSIBILITY_MESSAGES as M } from "@/lib/vocabulary/plausibility";
import { isQuantity, normaliseUnit, SHARE_MAX, unitKind } from "./unit-kind";

/**
 * A count or amount more than this many times the larger of its target and
 * baseline is flagged. Exactly 3× passes: a plan may well triple a figure
 * (2 → 6 所); the slips this is for — a digit too many, 元 entered for 万元 —
 * are 10× or more, so 3 catches them with room and asks few honest reporters.
 */
export const MULTIPLE_LIMIT = 3;

export type PlausibilityIndicator = Pick<IndicatorNumbers, "comparator" | "baselineValue" | "targetValue" | "targetMax"> & { unit: string | null };

type Stored = { toString(): string } | number | null;
const plain = (v: Stored) => (v === null ? null : Number(v.toString()));

/** An indicator row as Prisma returns it (Decimals) → the plain numbers the rule reads (and a client component receives). */
export function plausibilityNumbers(ind: {
  unit: string | null;
  comparator: PlausibilityIndicator["comparator"];
  baselineValue: Stored;
  targetValue: Stored;
  targetMax: Stored;
}): PlausibilityIndicator {
  return {
    unit: ind.unit,
    comparator: ind.comparator,
    baselineValue: plain(ind.baselineValue),
    targetValue: plain(ind.targetValue),
    targetMax: plain(ind.targetMax),
  };
}

/** The larger of target (a range's upper bound; a change's level) and baseline, and which it was; null when neither is above 0. */
function referenceOf(ind: PlausibilityIndicator): { value: number; kind: "target" | "baseline" } | null {
  const goal = goalOf({ ...ind, baselineYear: null, targetYear: null, tolerance: null });
  const target = goal ? goal.high : null;
  const baseline = ind.baselineValue;
  const best =
    target !== null && (baseline === null || target >= baseline)
      ? { value: target, kind: "target" as const }
      : baseline !== null
        ? { value: baseline, kind: "baseline" as const }
        : null;
  return best && best.value > 0 ? best : null;
}

/** Every reason the value looks wrong for this indicator, in the order a reader checks them. */
export function plausibilityReasons(ind: PlausibilityIndicator, value: number): string[] {
  const kind = unitKind(ind.unit);
  const reasons: string[] = [];
  const shareMax = SHARE_MAX[kind];
  if (shareMax !== undefined) {
    if (value > shareMax) reasons.push(kind === "percent" ? M.percentOver : M.permilleOver);
    if (value < 0) reasons.push(kind === "percent" ? M.percentNegative : M.permilleNegative);
    return reasons;
  }
  if (!isQuantity(kind)) return reasons;
  if (value < 0) reasons.push(M.negative);
  if (kind === "whole" && !Number.isInteger(value)) reasons.push(M.whole(normaliseUnit(ind.unit)));
  const reference = referenceOf(ind);
  if (reference && value > MULTIPLE_LIMIT * reference.value) {
    reasons.push(M.multiple(reference.kind, formatValue(reference.value, ind.unit), Math.floor(value / reference.value)));
  }
  return reasons;
}

/** null when the value is plausible, else the reason(s) in Chinese. */
export function plausibilityOf(ind: PlausibilityIndicator, value: number): string | null {
  const reasons = plausibilityReasons(ind, value);
  return reasons.length > 0 ? M.join(reasons) : null;
}
