// Filled members templates for the import tests: written with exceljs as a
// bureau's spreadsheet program would, and read back for the results/export.
import ExcelJS from "exceljs";

export const TEMPLATE = ["用户名", "姓名", "角色", "所属单位", "手机号", "邮箱", "对应责任领导"];

export async function membersXlsx(rows: (string | number | null)[][], headers = TEMPLATE): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("账号");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function fileForm(bytes: Uint8Array, name = "账号.xlsx"): FormData {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  return form;
}

/** Each data row of a workbook's first sheet as { header: text }. */
export async function readRows(bytes: ArrayBuffer | Buffer, sheetName?: string): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ExcelJS.Buffer);
  const sheet = sheetName ? workbook.getWorksheet(sheetName)! : workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).text])));
  }
  return rows;
}
