// Is an indicator on its way to its target? Pure, so the rules can be tested
// exhaustively and the dashboard, the API or a job can share them.
//
// The path: a straight line from (baseline year, baseline value) to (target
// year, target value). A year means its end: statistics "2020年 88%" describe
// the state at the end of 2020 and "到2025年达到95%" the end of 2025, so a
// value as of 2023-06-30 should be 2.5/5 of the way. The actual is compared
// with the path at the actual's own date (not today): an old figure is judged
// by where the plan wanted to be then.
import type { IndicatorNumbers } from "@/lib/indicators/indicator-numbers";
import type { Judgement } from "@/lib/vocabulary";

export interface PathIndicator extends IndicatorNumbers {
  /** Allowed distance from the path in the indicator's unit; null → defaultTolerance. */
  tolerance: number | null;
}

export interface PathActual {
  value: number;
  /** A calendar date (UTC midnight, as DATE columns arrive). */
  asOf: Date;
}

/** A closed interval; low === high for a point target. */
export interface Band {
  low: number;
  high: number;
}

export interface OnPathResult {
  judgement: Judgement;
  /** "path": compared with the straight path; "target": with the target itself (no usable baseline, or the baseline already meets it). */
  basis: "path" | "target" | null;
  /** Why a judgement is what it is when the status alone does not say. */
  reason: "no-actual" | "no-target" | "change-without-baseline" | "outside-range" | null;
  /** The level the plan aims at (for "change" targets: baseline + change). */
  goal: Band | null;
  /** Where the path says the value should be at the actual's date. */
  expected: Band | null;
  /** Share of the way from baseline to target at the actual's date, 0–1; null when not on a path. */
  fraction: number | null;
  tolerance: number;
}

/** Below this the default tolerance does not go, in the indicator's unit (half a percentage point, half a school…). */
export const MIN_DEFAULT_TOLERANCE = 0.5;
/** Default tolerance as a share of the distance the plan means to travel. */
export const DEFAULT_TOLERANCE_SHARE = 0.02;

const DAY_MS = 86_400_000;

/** The instant a plan year ends (its targets and baselines describe year-ends). */
export function yearEnd(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 1));
}

/** Which way is better: up (≥), down (≤), or none (stay inside / hit exactly). */
type Sense = "up" | "down" | "none";

/** The target as a band of absolute values; null when it cannot be stated. */
export function goalOf(ind: PathIndicator): Band | null {
  const t = ind.targetValue;
  if (t === null) return null;
  switch (ind.comparator) {
    case "range":
      // A range with no upper bound reads "at least" (as formatTarget shows it).
      return ind.targetMax === null ? { low: t, high: t } : { low: Math.min(t, ind.targetMax), high: Math.max(t, ind.targetMax) };
    case "change":
      // The target is a change from the baseline: without one there is no level to aim at.
      return ind.baselineValue === null ? null : { low: ind.baselineValue + t, high: ind.baselineValue + t };
    default:
      return { low: t, high: t };
  }
}

function senseOf(ind: PathIndicator, goal: Band): Sense {
  const b = ind.baselineValue;
  switch (ind.comparator) {
    case "gte":
      return "up";
    case "lte":
      return "down";
    case "range":
      if (ind.targetMax === null) return "up";
      if (b === null) return "none";
      return b < goal.low ? "up" : b > goal.high ? "down" : "none";
    case "change":
      return (ind.targetValue ?? 0) > 0 ? "up" : (ind.targetValue ?? 0) < 0 ? "down" : "none";
    case "eq":
      // Travelling from the baseline towards an exact value: being further along is better.
      // Without a baseline, = is how a plan states a number to reach (建立20个名师工作室,
      // 新增学位900个): 22 studios where 20 were planned is ahead, not behind.
      if (b === null) return "up";
      if (b === goal.low) return "none";
      return goal.low > b ? "up" : "down";
  }
}

/**
 * 2% of the distance from baseline to target (of the target itself when there
 * is no baseline), but at least half a unit: a fixed share alone would make a
 * small plan (55% → 54%) flip colour on rounding noise.
 */
export function defaultTolerance(ind: PathIndicator): number {
  const goal = goalOf(ind);
  if (!goal) return MIN_DEFAULT_TOLERANCE;
  const from = ind.baselineValue ?? 0;
  const span = Math.max(Math.abs(goal.low - from), Math.abs(goal.high - from));
  return Math.max(DEFAULT_TOLERANCE_SHARE * span, MIN_DEFAULT_TOLERANCE);
}

export function toleranceOf(ind: PathIndicator): number {
  return ind.tolerance !== null && Number.isFinite(ind.tolerance) && ind.tolerance >= 0 ? ind.tolerance : defaultTolerance(ind);
}

/** Does the value satisfy the final target (within tolerance)? */
function meetsGoal(sense: Sense, goal: Band, value: number, tol: number): boolean {
  if (sense === "up") return value >= goal.low - tol;
  if (sense === "down") return value <= goal.high + tol;
  return value >= goal.low - tol && value <= goal.high + tol;
}

/** Share of the way along the path at `asOf`, or null when the years do not make a path. */
export function pathFraction(ind: PathIndicator, asOf: Date): number | null {
  if (ind.baselineYear === null || ind.targetYear === null || ind.targetYear <= ind.baselineYear) return null;
  const start = yearEnd(ind.baselineYear).getTime();
  const end = yearEnd(ind.targetYear).getTime();
  // A DATE describes its whole day: the value "as of 2025-12-31" is the year-end value.
  const at = asOf.getTime() + DAY_MS;
  return Math.min(1, Math.max(0, (at - start) / (end - start)));
}

export function judgeOnPath(ind: PathIndicator, actual: PathActual | null): OnPathResult {
  const tolerance = toleranceOf(ind);
  const goal = goalOf(ind);
  const none = (reason: OnPathResult["reason"]): OnPathResult => ({
    judgement: "no-data",
    basis: null,
    reason,
    goal,
    expected: null,
    fraction: null,
    tolerance,
  });
  if (ind.targetValue === null) return none("no-target");
  if (!goal) return none("change-without-baseline");
  if (!actual || !Number.isFinite(actual.value)) return none("no-actual");

  const sense = senseOf(ind, goal);
  const ranged = ind.comparator === "range" && ind.targetMax !== null;
  const b = ind.baselineValue;
  const fraction = b === null ? null : pathFraction(ind, actual.asOf);
  // Nothing to travel: a baseline already satisfying a one-sided target, or
  // already inside a target range (then staying inside is the requirement).
  const baselineMeets = b !== null && (sense === "none" ? ranged : meetsGoal(sense, goal, b, 0));
  const onPath = b !== null && fraction !== null && !baselineMeets;
  const expected: Band = onPath ? { low: b + fraction * (goal.low - b), high: b + fraction * (goal.high - b) } : goal;
  const result = (judgement: Judgement, reason: OnPathResult["reason"] = null): OnPathResult => ({
    judgement,
    basis: onPath ? "path" : "target",
    reason,
    goal,
    expected,
    fraction: onPath ? fraction : null,
    tolerance,
  });

  const v = actual.value;
  const lo = Math.min(expected.low, expected.high);
  const hi = Math.max(expected.low, expected.high);
  if (v >= lo - tolerance && v <= hi + tolerance) return result("on-track");
  const betterSide = (sense === "up" && v > hi) || (sense === "down" && v < lo);
  if (ranged) {
    // Ahead of the path but still inside the range is ahead; beyond the
    // range's far end (or outside it when there is no way to travel) is off target.
    const insideGoal = v >= goal.low - tolerance && v <= goal.high + tolerance;
    if (betterSide) return insideGoal ? result("ahead") : result("behind", "outside-range");
    return result("behind", sense === "none" ? "outside-range" : null);
  }
  if (betterSide) return result("ahead");
  return result("behind");
}
