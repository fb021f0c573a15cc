// Reads a ledger workbook back: finds the header row by its Chinese headers
// (users insert rows above it, reorder or delete columns), then reads each
// row's 指标ID, 实际值 and optional 截至日期 as typed values. A file that is not
// a readable workbook or lacks the needed columns is refused as a whole.
// exceljs runs in an isolated worker after the archive gate
// (lib/files/isolated.ts); this file judges the plain cells it sends back.
import "server-only";
import { UserFacingError } from "@/lib/errors";
import { parseIsolated } from "@/lib/files/isolated";
import type { PlainCell, PlainRow, PlainSheet } from "@/lib/files/parse-jobs";
import { HEADER, KNOWN_HEADERS, LEDGER_SHEET } from "./columns";

export const MAX_IMPORT_ROWS = 5000;
const HEADER_SEARCH_ROWS = 20;

export type Parsed<T> = { kind: "empty" } | { kind: "ok"; value: T } | { kind: "invalid"; text: string };

/**
 * A number as the cell shows it. `unit` is what the cell itself says the
 * number is in: "%" for a percent format or "90%", the text of a format such
 * as 0"个", or a unit typed after the number ("12所"); judged against the
 * indicator's unit (judge-rows.ts, decision 0027).
 */
export type ParsedNumber = { kind: "empty" } | { kind: "ok"; value: number; unit?: string } | { kind: "invalid"; text: string };

export interface SheetRow {
  row: number;
  indicatorId: string;
  indicatorName: string;
  value: ParsedNumber;
  asOf: Parsed<Date>;
}

const EMPTY: PlainCell = { col: 0, value: null };

const text = (cell: PlainCell) => {
  const v = cell.value;
  return v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
};

/** A real percent format (0%, 0.0%), not a literal "%" shown after the number (0"%", 0\%). */
const isPercentFormat = (numFmt: string | undefined) => /%/.test((numFmt ?? "").replace(/"[^"]*"|\\./g, ""));

/** The text a number format shows around the number: 0"个" → 个, 0"%" → %; none for a plain format. */
function formatText(numFmt: string | undefined): string | undefined {
  // Only the format's first section (positive numbers); quoted text and backslash-escaped characters.
  const first = (numFmt ?? "").split(";")[0] ?? "";
  const text = [...first.matchAll(/"([^"]*)"|\\(.)/g)]
    .map((m) => m[1] ?? m[2] ?? "")
    .join("")
    .trim();
  return text === "" ? undefined : text;
}

// A number, then optionally a unit: a percent or permille sign, or up to five Chinese characters (个, 万元, 个百分点).
const NUMBER_WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)([%％‰]|[\u4e00-\u9fa5]{1,5})?$/i;

const withUnit = (value: number, unit: string | undefined): ParsedNumber =>
  unit ? { kind: "ok", value, unit: unit === "％" ? "%" : unit } : { kind: "ok", value };

export function readNumber(cell: PlainCell): ParsedNumber {
  const v = cell.value;
  if (typeof v === "number") {
    // "85%" typed into Excel is stored as 0.85 with a percent format: read back as the 85 shown.
    const percent = isPercentFormat(cell.numFmt);
    const scaled = percent ? Number((v * 100).toFixed(8)) : v;
    return Number.isFinite(scaled) ? withUnit(scaled, percent ? "%" : formatText(cell.numFmt)) : { kind: "invalid", text: String(v) };
  }
  const raw = v === null ? "" : String(v).trim();
  if (raw === "") return { kind: "empty" };
  const m = raw.replace(/[,，\s]/g, "").match(NUMBER_WITH_UNIT);
  return m ? withUnit(Number(m[1]), m[2]) : { kind: "invalid", text: raw };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function calendarDate(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

export function readDate(cell: PlainCell): Parsed<Date> {
  const v = cell.value;
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

const cellsOf = (row: PlainRow) => new Map(row.cells.map((c) => [c.col, c]));

function findHeader(sheet: PlainSheet): { row: number; columns: Map<string, number> } | null {
  for (const row of sheet.rows.filter((r) => r.row <= HEADER_SEARCH_ROWS)) {
    const columns = new Map<string, number>();
    for (const cell of row.cells) {
      const header = KNOWN.get(normalise(text(cell)));
      if (header && !columns.has(header)) columns.set(header, cell.col);
    }
    if (columns.size >= 2) return { row: row.row, columns };
  }
  return null;
}

export async function readLedgerSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = await parseIsolated("xlsx-cells", bytes, { unreadable: "无法读取该文件：请上传 Excel 工作簿（.xlsx）" });
  const sheets = [...workbook].sort((a, b) => Number(b.name === LEDGER_SHEET) - Number(a.name === LEDGER_SHEET));
  const found = sheets.map((sheet) => ({ sheet, header: findHeader(sheet) })).find((s) => s.header);
  if (!found?.header) throw new UserFacingError("未找到台账表头：请使用本系统导出的工作台账，并保留“指标ID”“实际值”等表头");
  const { sheet, header } = found;
  for (const required of [HEADER.indicatorId, HEADER.actual]) {
    if (!header.columns.has(required)) throw new UserFacingError(`表头缺少“${required}”列：请使用本系统导出的工作台账`);
  }
  const idCol = header.columns.get(HEADER.indicatorId)!;
  const actualCol = header.columns.get(HEADER.actual)!;
  const nameCol = header.columns.get(HEADER.indicator);
  const asOfCol = header.columns.get(HEADER.asOf);
  const rows: SheetRow[] = [];
  for (const row of sheet.rows) {
    if (row.row <= header.row) continue;
    const cells = cellsOf(row);
    const at = (col: number) => cells.get(col) ?? EMPTY;
    const entry: SheetRow = {
      row: row.row,
      indicatorId: text(at(idCol)),
      indicatorName: nameCol === undefined ? "" : text(at(nameCol)),
      value: readNumber(at(actualCol)),
      asOf: asOfCol === undefined ? { kind: "empty" } : readDate(at(asOfCol)),
    };
    if (entry.indicatorId || entry.value.kind !== "empty") rows.push(entry);
  }
  if (rows.length > MAX_IMPORT_ROWS) throw new UserFacingError(`行数过多：一次最多导入 ${MAX_IMPORT_ROWS} 行`);
  return rows;
}
