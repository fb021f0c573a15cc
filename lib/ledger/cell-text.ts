// Ledger cell text: joined names and the newest report's summary. Targets are
// lib/format's formatTarget in its compact (spreadsheet) style.
import type { ReportStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { REPORT_STATUS_REVIEWER_LABELS } from "@/lib/vocabulary";
import type { GroupRollup } from "@/lib/reports/queries/task-group-rollups";

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

/** 各中小学校、幼儿园：已报 1/40，逾期 2（2026年12月）, one line per group unit of the task. */
export function formatGroupRollups(units: { orgUnit: { id: string; name: string } }[], rollups: Map<string, GroupRollup> | undefined): string {
  if (!rollups) return "";
  return units
    .flatMap(({ orgUnit }) => {
      const r = rollups.get(orgUnit.id);
      return r ? [`${orgUnit.name}：已报 ${r.reported}/${r.total}${r.overdue > 0 ? `，逾期 ${r.overdue}` : ""}（${r.periodLabel}）`] : [];
    })
    .join("\n");
}
