// The 督办单 list as /supervision/slips filters it, as .xlsx: staff every
// unit's slips, a reporter its own unit's (the list's own scope, slip-scope.ts).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { exportCapNote, writeTableXlsx } from "@/lib/files/table-xlsx";
import { formatDate, formatDateTime } from "@/lib/format";
import { SLIP_LEVEL_LABELS } from "@/lib/vocabulary";
import { listSlips, type SlipListFilter } from "./list-slips";

export const SLIPS_SHEET = "督办单";
const MAX_EXPORT_SLIPS = 10_000;

const COLUMNS = [
  { header: "编号", width: 18 },
  { header: "督办等级", width: 20 },
  { header: "被督办单位", width: 24 },
  { header: "督办事项", width: 48 },
  { header: "下发时间", width: 18 },
  { header: "回复期限", width: 12 },
  { header: "回复情况", width: 24 },
] as const;

export async function writeSlipsXlsx(tx: Tx, session: TenantSession, filter: Omit<SlipListFilter, "page">): Promise<Buffer> {
  const page = await listSlips(tx, session, { ...filter, page: 1 }, undefined, MAX_EXPORT_SLIPS);
  const rows = page.items.map((s) => [
    s.numberText,
    SLIP_LEVEL_LABELS[s.level],
    s.unitName,
    `任务 ${s.task.number}. ${s.task.title}`,
    formatDateTime(s.issuedAt),
    formatDate(s.replyBy),
    s.repliedAt ? `已回复 ${formatDateTime(s.repliedAt)}` : s.overdue ? "逾期未回复" : "待回复",
  ]);
  return writeTableXlsx(SLIPS_SHEET, COLUMNS, rows, exportCapNote(page.total, page.items.length, "份"));
}
