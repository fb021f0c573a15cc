// How far a district's latest counted value is ahead of (positive) or behind
// (negative) where its target path says it should be at that value's date, in
// the indicator's unit: what the comparison ranks districts by within one
// judgement. The path and the expected band are on-path.ts's (the same rule
// the judgement uses); only the direction is read here, from the comparator:
// ≥ and a rising change want more, ≤ and a falling change want less, an exact
// value or a bounded range want to be inside the band.
import { judgeOnPath } from "@/lib/dashboard/on-path";
import type { JudgeInput } from "./judge";

export function pathLead(input: JudgeInput): number | null {
  const { baseline, target, latest } = input;
  if (!latest || !target) return null;
  const result = judgeOnPath(
    {
      comparator: input.comparator,
      baselineValue: baseline?.value ?? null,
      baselineYear: baseline?.year ?? null,
      targetValue: target.value,
      targetMax: target.max,
      targetYear: target.year,
      tolerance: input.tolerance,
    },
    latest,
  );
  if (!result.expected || result.judgement === "no-data") return null;
  const { low, high } = result.expected;
  const v = latest.value;
  const wantsMore = input.comparator === "gte" || (input.comparator === "range" && target.max === null) || (input.comparator === "change" && target.value > 0);
  const wantsLess = input.comparator === "lte" || (input.comparator === "change" && target.value < 0);
  if (wantsMore) return v - low;
  if (wantsLess) return high - v;
  return v < low ? v - low : v > high ? high - v : 0;
}
