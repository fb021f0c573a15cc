// Indicator values: from a start value toward the target along the plan's
// years, each indicator at its own pace (some ahead, some behind), with noise.
import type { IndicatorNumbers } from "@/lib/indicators/indicator-numbers";
import { DAY } from "./event-times";
import type { Rng } from "./rng";

export interface ModelledIndicator extends IndicatorNumbers {
  unit: string | null;
  /** Only indicators with a target are modelled. */
  targetValue: number;
}

const INTEGER_UNITS = new Set(["所", "个", "名", "节", "堂", "次", "项", "课时", "学时", "人", "家", "间次"]);
/** Counts and money only grow. */
const CUMULATIVE_UNITS = new Set([...INTEGER_UNITS, "亿元", "万元"]);
const PACES = [1.25, 1.1, 1, 1, 0.9, 0.75, 0.55] as const;

/** The indicator's value at `asOf` (epoch ms), drawing noise from `noise`; call in time order. */
export type ValueAt = (asOf: number, noise: Rng) => number;

export function indicatorModel(ind: ModelledIndicator, plan: { startYear: number; endYear: number }, rng: Rng): ValueAt {
  const unit = ind.unit ?? "";
  const target = ind.comparator === "range" && ind.targetMax !== null ? ind.targetMax : ind.targetValue;
  const cumulative = CUMULATIVE_UNITS.has(unit);
  let start = ind.baselineValue;
  if (start === null) {
    if (ind.comparator === "change" || cumulative) start = 0;
    else if (ind.comparator === "lte") start = target * 1.2;
    else start = target * rng.between(0.82, 0.92);
  }
  const from = ind.baselineValue !== null && ind.baselineYear ? Date.UTC(ind.baselineYear, 11, 31) : Date.UTC(plan.startYear, 0, 1);
  const to = Date.UTC(ind.targetYear ?? plan.endYear, 11, 31);
  const pace = rng.pick(PACES);
  const integer = INTEGER_UNITS.has(unit) && Number.isInteger(target);
  const capAt100 = unit === "%" && target <= 100 && start <= 100;
  const origin = start;
  let previous: number | null = null;
  return (asOf, noise) => {
    const f = Math.max(0, Math.min(1, (asOf - from) / Math.max(DAY, to - from)));
    let value: number;
    if (target === origin) value = target - Math.abs(target) * noise.float() * 0.004;
    else value = origin + (target - origin) * Math.min(f * pace, 1.06) + Math.abs(target - origin) * (noise.float() - 0.5) * 0.06;
    if (capAt100) value = Math.min(value, 100);
    if (ind.comparator !== "change") value = Math.max(0, value);
    value = integer ? Math.round(value) : Math.round(value * 100) / 100;
    if (cumulative && previous !== null) value = Math.max(value, previous);
    previous = value;
    return value;
  };
}
