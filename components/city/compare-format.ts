// Display helpers shared by the comparison table and chart (client-safe). The
// judgement's words are lib/vocabulary's, values and targets lib/format's.
import type { Judgement } from "@/lib/vocabulary";

export const STATUS_BADGE_CLASSES: Record<Judgement, string> = {
  ahead: "bg-green-50 text-green-800 ring-green-600/20",
  "on-track": "bg-brand-50 text-brand-700 ring-brand-600/20",
  behind: "bg-red-50 text-red-700 ring-red-600/20",
  "no-data": "bg-slate-100 text-slate-600 ring-slate-500/20",
};

export const STATUS_COLORS: Record<Judgement, string> = {
  ahead: "#16a34a",
  "on-track": "#1d4ed8",
  behind: "#dc2626",
  "no-data": "#94a3b8",
};

/** "兴庆区教育局" → "兴庆区", "贺兰县教育体育局" → "贺兰县": the chart axis is narrow on a phone. */
export function shortDistrictName(name: string): string {
  return name.replace(/教育(体育)?局$/, "") || name;
}
