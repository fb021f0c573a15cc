// Ledger cell text: joined names and the newest report's summary. Targets are
// lib/format's formatTarget in its compact (spreadsheet) style.
import type { ReportStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { REPORT_STATUS_REVIEWER_LABELS } from "@/lib/vocabulary";

export const joinNames = (names: string[]) => names.join("、");

export function unitsByRole(units: { role: UnitRole; orgUnit: { name: string } }[], role: UnitRole): string {
  return joinNames(units.filter((u) => u.role === role).map((u) => u.orgUnit.name));
}

export function formatLatestReport(r: { periodLabel: string; unitName: string; status: ReportStatus; submittedAt: Date | null; summary: string }): string {
  const summary = r.summary.length > 100 ? `${r.summary.slice(0, 100)}…` : r.summary;
  const head = [r.periodLabel, r.unitName, REPORT_STATUS_REVIEWER_LABELS[r.status], r.submittedAt ? `${formatDate(todayInChina(r.submittedAt))}提交` : ""]
    .filter(Boolean)
    .join(" ");
  return summary ? `${head}：${summary}` : head;
}
