// A one-sheet workbook of a list: bold frozen header with a filter, one row
// per item. Shared by the exports that are a list as the page shows it (the
// units register, a period's slots), so they look alike and are set up once.
import "server-only";
import ExcelJS from "exceljs";

export interface TableColumn {
  header: string;
  width: number;
}

export type TableCell = string | number | Date | null;

/** The note of an export cut at its cap (共 12000 项，仅导出前 10000 项…), or undefined when it holds everything. */
export function exportCapNote(total: number, written: number, measure: string): string | undefined {
  return total > written ? `共 ${total} ${measure}，仅导出前 ${written} ${measure}：请缩小筛选范围` : undefined;
}

/** `note`: a line under the table, an empty row apart, so sorting and filtering the table leave it alone (an export cut at its cap says so there). */
export async function writeTableXlsx(sheetName: string, columns: readonly TableColumn[], rows: TableCell[][], note?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduPlan 教育规划督办平台";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  if (note) sheet.addRows([[], [note]]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
