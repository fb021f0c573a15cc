// Ledger cell text: targets, report summaries, joined names.
import type { Comparator, ReportStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { formatNumber } from "@/lib/plans/display/format-target";
import { formatDate, todayInChina } from "@/lib/reports/periods";

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "待审核",
  returned: "已退回",
  approved: "已通过",
};

type Num = { toString(): string } | number | null | undefined;

export function formatTarget(t: { comparator: Comparator; targetValue: Num; targetMax: Num; unit: string | null; targetYear: number | null }): string {
  if (t.targetValue === null || t.targetValue === undefined) return "";
  const unit = t.unit ?? "";
  const value = formatNumber(t.targetValue);
  const year = t.targetYear ? `（${t.targetYear}年）` : "";
  const text = {
    gte: `≥${value}${unit}`,
    lte: `≤${value}${unit}`,
    eq: `=${value}${unit}`,
    range: t.targetMax === null || t.targetMax === undefined ? `≥${value}${unit}` : `${value}–${formatNumber(t.targetMax)}${unit}`,
    change: `${Number(value) > 0 ? "+" : ""}${value}${unit}`,
  }[t.comparator];
  return text + year;
}

export const joinNames = (names: string[]) => names.join("、");

export function unitsByRole(units: { role: UnitRole; orgUnit: { name: string } }[], role: UnitRole): string {
  return joinNames(units.filter((u) => u.role === role).map((u) => u.orgUnit.name));
}

export function formatLatestReport(r: { periodLabel: string; unitName: string; status: ReportStatus; submittedAt: Date | null; summary: string }): string {
  const summary = r.summary.length > 100 ? `${r.summary.slice(0, 100)}…` : r.summary;
  const head = [r.periodLabel, r.unitName, REPORT_STATUS_LABELS[r.status], r.submittedAt ? `${formatDate(todayInChina(r.submittedAt))}提交` : ""]
    .filter(Boolean)
    .join(" ");
  return summary ? `${head}：${summary}` : head;
}
