// One line of Chinese per feed row: what changed, in the words of the pages
// (task statuses, report statuses), for the audit list and the export's 摘要
// column. Rows of other shapes show their before/after JSON instead.
import type { ReportStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { HISTORY_COUNT_LABELS, REPORT_STATUS_LABELS, TASK_STATUS_LABELS } from "@/lib/vocabulary";
import type { AuditRow } from "./audit-feed";
import { AUDIT_MESSAGES } from "./messages";

const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const num = (v: unknown) => (typeof v === "number" ? v : undefined);
const taskStatus = (v: unknown) => (str(v) ? (TASK_STATUS_LABELS[v as TaskStatus] ?? String(v)) : "—");
const reportStatus = (v: unknown) => (str(v) ? (REPORT_STATUS_LABELS[v as ReportStatus] ?? String(v)) : "—");

function describeStatus(d: Record<string, unknown>): string {
  const parts = [`状态 ${taskStatus(d.fromStatus)} → ${taskStatus(d.toStatus)}`, `进度 ${num(d.fromProgress) ?? 0}% → ${num(d.toProgress) ?? 0}%`];
  if (str(d.dueDate)) parts.push(`完成时限 ${str(d.dueDate)!.slice(0, 10)}`);
  return parts.join("，") + (str(d.note) ? `（${str(d.note)}）` : "");
}

function describeReport(d: Record<string, unknown>): string {
  const move = d.fromStatus ? `${reportStatus(d.fromStatus)} → ${reportStatus(d.toStatus)}` : reportStatus(d.toStatus);
  return str(d.comment) ? `${move}；意见：${str(d.comment)}` : move;
}

/** "删除前的完整记录已保存：任务 1 项、状态记录 3 条…" from a deletion's before.history. */
export function describeHistoryCounts(history: unknown): string | null {
  if (!history || typeof history !== "object") return null;
  const counts = history as Record<string, unknown>;
  const parts = Object.entries(HISTORY_COUNT_LABELS).flatMap(([key, [noun, measure]]) => {
    const n = num(counts[key]);
    return n ? [`${noun} ${n} ${measure}`] : [];
  });
  return parts.length ? `${AUDIT_MESSAGES.snapshotKept}：${parts.join("、")}` : AUDIT_MESSAGES.snapshotKept;
}

export function describeAuditRow(row: Pick<AuditRow, "source" | "detail" | "hasSnapshot">): string {
  if (row.source === "status") return describeStatus(row.detail);
  if (row.source === "report") return describeReport(row.detail);
  const before = row.detail.before as Record<string, unknown> | undefined;
  if (row.hasSnapshot) return describeHistoryCounts(before?.history) ?? AUDIT_MESSAGES.snapshotKept;
  return "";
}

/** before / after as compact JSON text (export cells, the list's details). */
export function jsonText(value: unknown, max = 30_000): string {
  if (value === undefined || value === null) return "";
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
