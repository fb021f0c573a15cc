// The filtered audit feed as an .xlsx workbook, laid out like the ledger
// (lib/ledger/write-xlsx.ts): a title row naming the filter and the export
// date, a bold frozen header with a filter, then one row per event. Times are
// real Excel date-times in China time, so they sort and filter in Excel / WPS.
import "server-only";
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format";
import type { AuditRow } from "./audit-feed";
import { describeAuditRow, jsonText } from "./describe";
import { auditActionLabel, auditEntityLabel } from "@/lib/vocabulary";
import { AUDIT_MESSAGES } from "./messages";

export const AUDIT_SHEET = "审计日志";

const COLUMNS = [
  { header: "时间", width: 20 },
  { header: "操作人", width: 14 },
  { header: "操作", width: 16 },
  { header: "对象类型", width: 10 },
  { header: "对象", width: 36 },
  { header: "对象ID", width: 38 },
  { header: "摘要", width: 48 },
  { header: "变更前", width: 48 },
  { header: "变更后", width: 48 },
] as const;

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const THIN = { style: "thin", color: { argb: "FFBFBFBF" } } as const;
const FONT = "宋体";

function cells(row: AuditRow): (string | Date | null)[] {
  const history = row.source !== "audit";
  return [
    // Excel has no time zones: write the wall-clock time Beijing saw.
    new Date(row.at.getTime() + CHINA_OFFSET_MS),
    row.actorName ?? AUDIT_MESSAGES.system,
    auditActionLabel(row.action),
    auditEntityLabel(row.entityType),
    row.title,
    row.entityId,
    describeAuditRow(row) || null,
    history ? null : jsonText(row.detail.before) || null,
    history ? null : jsonText(row.detail.after) || null,
  ];
}

export async function writeAuditXlsx(input: { tenantName: string; rows: AuditRow[]; truncatedAt: number | null; exportedOn: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduPlan 教育规划督办平台";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(AUDIT_SHEET, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));

  const note = input.truncatedAt === null ? "" : `；${AUDIT_MESSAGES.exportTruncated(input.truncatedAt)}`;
  const title = sheet.addRow([`${input.tenantName} ${AUDIT_MESSAGES.pageTitle}（导出日期：${formatDate(input.exportedOn)}${note}）`]);
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  title.getCell(1).font = { name: FONT, size: 14, bold: true };

  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { name: FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: COLUMNS.length } };

  for (const data of input.rows) {
    const row = sheet.addRow(cells(data));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: "top", wrapText: col >= 5 };
    });
    row.getCell(1).numFmt = "yyyy-mm-dd hh:mm:ss";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
