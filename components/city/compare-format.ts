// Display helpers shared by the comparison table and chart (client-safe: no
// server imports, types only).
import type { CompareStatus, DistrictComparison } from "@/lib/city/compare-indicator";

export const STATUS_LABELS: Record<CompareStatus, string> = {
  ahead: "超前",
  "on-track": "正常",
  behind: "滞后",
  "no-data": "无数据",
};

export const STATUS_BADGE_CLASSES: Record<CompareStatus, string> = {
  ahead: "bg-green-50 text-green-800 ring-green-600/20",
  "on-track": "bg-brand-50 text-brand-700 ring-brand-600/20",
  behind: "bg-red-50 text-red-700 ring-red-600/20",
  "no-data": "bg-slate-100 text-slate-600 ring-slate-500/20",
};

export const STATUS_COLORS: Record<CompareStatus, string> = {
  ahead: "#16a34a",
  "on-track": "#1d4ed8",
  behind: "#dc2626",
  "no-data": "#94a3b8",
};

/** Values arrive as floats from decimals (85.2000 → 85.2); four places at most. */
export function formatValue(value: number, unit: string | null): string {
  return `${Number(value.toFixed(4))}${unit ?? ""}`;
}

const COMPARATOR_SIGNS: Record<NonNullable<DistrictComparison["target"]>["comparator"], string> = {
  ">=": "≥ ",
  "<=": "≤ ",
  "=": "",
  // The comparison carries a range's lower bound only.
  range: "不低于 ",
  change: "",
};

export function formatTargetValue(target: NonNullable<DistrictComparison["target"]>, unit: string | null): string {
  const value = formatValue(target.value, unit);
  if (target.comparator === "change") return `${target.value > 0 ? "+" : ""}${value}`;
  return `${COMPARATOR_SIGNS[target.comparator]}${value}`;
}

/** "兴庆区教育局" → "兴庆区", "贺兰县教育体育局" → "贺兰县": the chart axis is narrow on a phone. */
export function shortDistrictName(name: string): string {
  return name.replace(/教育(体育)?局$/, "") || name;
}

/** An as-of date (2025-06-30) compactly as 2025.6.30 so it stays on one line on a phone; period labels as they are. */
export function formatPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : period;
}
