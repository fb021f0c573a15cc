// The ledger as an .xlsx workbook: a title row, a bold frozen header with a
// filter, wrapped bordered cells; numbers and dates as real numbers and
// dates so the bureau can sort and sum them in Excel or WPS.
import "server-only";
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format";
import type { Ledger } from "./build-ledger";
import { columnsFor, LEDGER_SHEET } from "./columns";

const THIN = { style: "thin", color: { argb: "FFBFBFBF" } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "宋体";

export async function writeLedgerXlsx(ledger: Ledger, exportedOn: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduPlan 教育规划督办平台";
  workbook.created = new Date();
  const columns = columnsFor(ledger.showPlan);
  const sheet = workbook.addWorksheet(LEDGER_SHEET, {
    views: [{ state: "frozen", ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" },
  });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));

  const title = sheet.addRow([`${ledger.title} 工作台账（导出日期：${formatDate(exportedOn)}）`]);
  sheet.mergeCells(1, 1, 1, columns.length);
  title.height = 28;
  title.getCell(1).font = { name: FONT, size: 14, bold: true };
  title.getCell(1).alignment = { vertical: "middle" };

  const header = sheet.addRow(columns.map((c) => c.header));
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { name: FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = BORDER;
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };

  for (const data of ledger.rows) {
    const row = sheet.addRow(columns.map((c) => (data[c.key] === "" ? null : data[c.key])));
    columns.forEach((c, index) => {
      const cell = row.getCell(index + 1);
      cell.font = { name: FONT, size: 10, color: c.key === "indicatorId" ? { argb: "FF808080" } : undefined };
      cell.alignment = { vertical: "top", wrapText: c.kind === undefined, horizontal: c.kind === undefined ? "left" : "center" };
      cell.border = BORDER;
      if (c.kind === "date") cell.numFmt = "yyyy-mm-dd";
      if (c.kind === "percent") cell.numFmt = '0"%"';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
