// Targets and baselines as text ("≥ 95%", "3–5所", "+2个百分点", "88.1%（2020年）"):
// the plan table, task chips, task and review pages, dashboard, briefing, city
// comparison, editing summaries and the ledger's spreadsheet cells.
import { COMPARATOR_SIGNS, type Comparator } from "@/lib/vocabulary/comparator";
import { formatNumber, type NumberLike } from "./number";

export interface TargetLike {
  comparator: Comparator;
  targetValue: NumberLike;
  targetMax?: NumberLike;
  unit?: string | null;
  targetYear?: number | null;
}

export interface TargetStyle {
  /** Spreadsheet cells: no space after the sign ("≥95%") and an empty cell when there is no value (screens: "≥ 95%", "—"). */
  compact?: boolean;
  /** Append the target year: "≥ 95%（2025年）". */
  withYear?: boolean;
}

/** "（2025年）", or nothing without a year. */
export const yearSuffix = (year: number | null | undefined): string => (year ? `（${year}年）` : "");

const isMissing = (v: NumberLike): v is null | undefined => v === null || v === undefined;

export function formatTarget(t: TargetLike, style: TargetStyle = {}): string {
  if (isMissing(t.targetValue)) return style.compact ? "" : "—";
  const unit = t.unit ?? "";
  const value = formatNumber(t.targetValue);
  let text: string;
  if (t.comparator === "change") text = `${Number(value) > 0 ? "+" : ""}${value}${unit}`;
  else if (t.comparator === "range" && !isMissing(t.targetMax)) text = `${value}–${formatNumber(t.targetMax)}${unit}`;
  else {
    // A range without its upper bound reads "at least", as on-path judges it.
    const sign = COMPARATOR_SIGNS[t.comparator === "range" ? "gte" : t.comparator];
    text = `${sign}${style.compact ? "" : " "}${value}${unit}`;
  }
  return style.withYear ? text + yearSuffix(t.targetYear) : text;
}

export function formatBaseline(value: NumberLike, year: number | null | undefined, unit?: string | null): string {
  if (isMissing(value)) return "—";
  return `${formatNumber(value)}${unit ?? ""}${yearSuffix(year)}`;
}
