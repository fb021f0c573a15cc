// Reads a ledger workbook back: finds the header row by its Chinese headers
// (users insert rows above it, reorder or delete columns), then reads each
// row's 指标ID, 实际值 and optional 截至日期 as typed values. A file that is not
// a readable workbook or lacks the needed columns is refused as a whole.
import "server-only";
import ExcelJS from "exceljs";
import { UserFacingError } from "@/lib/errors";
import { HEADER, KNOWN_HEADERS, LEDGER_SHEET } from "./columns";

export const MAX_IMPORT_ROWS = 5000;
const HEADER_SEARCH_ROWS = 20;

export type Parsed<T> = { kind: "empty" } | { kind: "ok"; value: T } | { kind: "invalid"; text: string };

export interface SheetRow {
  row: number;
  indicatorId: string;
  indicatorName: string;
  value: Parsed<number>;
  asOf: Parsed<Date>;
}

type Plain = string | number | boolean | Date | null;

function plain(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return plain((value.result ?? null) as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("error" in value) return String(value.error);
  if ("text" in value) return plain(value.text as ExcelJS.CellValue);
  return null;
}

const text = (cell: ExcelJS.Cell) => {
  const v = plain(cell.value);
  return v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
};

/** A real percent format (0%, 0.0%), not a literal "%" shown after the number (0"%", 0\%). */
const isPercentFormat = (numFmt: string | undefined) => /%/.test((numFmt ?? "").replace(/"[^"]*"|\\./g, ""));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function readNumber(cell: ExcelJS.Cell): Parsed<number> {
  const v = plain(cell.value);
  if (typeof v === "number") {
    // "85%" typed into Excel is stored as 0.85 with a percent format; the indicator's unit already says %.
    const scaled = isPercentFormat(cell.numFmt) ? Number((v * 100).toFixed(8)) : v;
    return Number.isFinite(scaled) ? { kind: "ok", value: scaled } : { kind: "invalid", text: String(v) };
  }
  const raw = v === null ? "" : String(v).trim();
  if (raw === "") return { kind: "empty" };
  const cleaned = raw.replace(/[,，%％\s]/g, "");
  return NUMBER.test(cleaned) ? { kind: "ok", value: Number(cleaned) } : { kind: "invalid", text: raw };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function calendarDate(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

export function readDate(cell: ExcelJS.Cell): Parsed<Date> {
  const v = plain(cell.value);
  if (v === null || v === "") return { kind: "empty" };
  // exceljs turns date cells into UTC midnight of the date shown; keep only the calendar date.
  if (v instanceof Date) return { kind: "ok", value: new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate())) };
  if (typeof v === "number" && v > 0 && v < 2_958_466) return { kind: "ok", value: new Date(EXCEL_EPOCH + Math.floor(v) * 86_400_000) };
  const raw = String(v).trim();
  const m = raw.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/);
  const date = m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return date ? { kind: "ok", value: date } : { kind: "invalid", text: raw };
}

const normalise = (s: string) => s.replace(/\s+/g, "").toUpperCase();
const KNOWN = new Map([...KNOWN_HEADERS].map((h) => [normalise(h), h]));

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<string, number> } | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const header = KNOWN.get(normalise(text(cell)));
      if (header && !columns.has(header)) columns.set(header, col);
    });
    if (columns.size >= 2) return { row: r, columns };
  }
  return null;
}

export async function readLedgerSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UserFacingError("无法读取该文件：请上传 Excel 工作簿（.xlsx）");
  }
  const sheets = [...workbook.worksheets].sort((a, b) => Number(b.name === LEDGER_SHEET) - Number(a.name === LEDGER_SHEET));
  const found = sheets.map((sheet) => ({ sheet, header: findHeader(sheet) })).find((s) => s.header);
  if (!found?.header) throw new UserFacingError("未找到台账表头：请使用本系统导出的工作台账，并保留“指标ID”“实际值”等表头");
  const { sheet, header } = found;
  for (const required of [HEADER.indicatorId, HEADER.actual]) {
    if (!header.columns.has(required)) throw new UserFacingError(`表头缺少“${required}”列：请使用本系统导出的工作台账`);
  }
  const col = (name: string) => header.columns.get(name);
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= header.row) return;
    const cell = (c: number | undefined) => (c === undefined ? null : row.getCell(c));
    const asOfCell = cell(col(HEADER.asOf));
    const nameCell = cell(col(HEADER.indicator));
    const entry: SheetRow = {
      row: rowNumber,
      indicatorId: text(row.getCell(col(HEADER.indicatorId)!)),
      indicatorName: nameCell ? text(nameCell) : "",
      value: readNumber(row.getCell(col(HEADER.actual)!)),
      asOf: asOfCell ? readDate(asOfCell) : { kind: "empty" },
    };
    if (entry.indicatorId || entry.value.kind !== "empty") rows.push(entry);
  });
  if (rows.length > MAX_IMPORT_ROWS) throw new UserFacingError(`行数过多：一次最多导入 ${MAX_IMPORT_ROWS} 行`);
  return rows;
}
