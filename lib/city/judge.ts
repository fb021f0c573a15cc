// The on-path judgement for the city comparison. It delegates to
// lib/dashboard/on-path.ts, the shared judgement the bureau dashboard uses, so
// a district and its city never disagree about the same indicator (straight
// path from baseline to target, tolerance = indicator.tolerance or 2% of the
// distance with a 0.5 minimum, lte = lower is better, no approved actual →
// no-data; without a baseline the actual is compared with the target itself).
// This file only maps the comparison's row to on-path's input.
import { judgeOnPath } from "@/lib/dashboard/on-path";
import type { Comparator } from "@/lib/generated/prisma/enums";
import type { Judgement } from "@/lib/vocabulary";

export interface JudgeInput {
  /** The district indicator's own comparator: it says which way is better (lte: lower). */
  comparator: Comparator;
  baseline: { value: number; year: number | null } | null;
  target: { value: number; max: number | null; year: number | null } | null;
  /** indicator.tolerance, in the indicator's unit; null uses on-path's default. */
  tolerance: number | null;
  /** The latest approved actual; null → no-data. */
  latest: { value: number; asOf: Date } | null;
}

export function judge(input: JudgeInput): Judgement {
  const { baseline, target } = input;
  return judgeOnPath(
    {
      comparator: input.comparator,
      baselineValue: baseline?.value ?? null,
      baselineYear: baseline?.year ?? null,
      targetValue: target?.value ?? null,
      targetMax: target?.max ?? null,
      targetYear: target?.year ?? null,
      tolerance: input.tolerance,
    },
    input.latest,
  ).judgement;
}
