// Reads a filled members template: exceljs runs in the isolated worker after
// the archive gate (lib/files/isolated.ts); this file finds the header row by
// its Chinese headers (users may add a title row or reorder columns) and
// hands back each non-empty row's cells as trimmed text. A file that is not
// the template (not an .xlsx, headers missing, too many rows) is refused as
// a whole, before anything is written.
import "server-only";
import { refuseUnlessXlsx } from "@/lib/files/refuse-unless-xlsx";
import { UserFacingError } from "@/lib/errors";
import { parseIsolated } from "@/lib/files/isolated";
import type { PlainCellValue, PlainSheet } from "@/lib/files/parse-jobs";
import { IMPORT_MESSAGES, MAX_MEMBER_ROWS, MEMBER_COLUMN_ORDER, MEMBER_COLUMNS, MEMBERS_SHEET, REQUIRED_MEMBER_COLUMNS, type MemberColumn } from "./columns";

export interface MemberSheetRow {
  /** The row number Excel shows. */
  row: number;
  /** Only the columns the sheet has; a missing optional column leaves the stored value alone. */
  cells: Partial<Record<MemberColumn, string>>;
}

const HEADER_SEARCH_ROWS = 20;
const squash = (s: string) => s.replace(/\s+/g, "");
const BY_HEADER = new Map(MEMBER_COLUMN_ORDER.map((key) => [squash(MEMBER_COLUMNS[key]), key]));

function cellText(value: PlainCellValue): string {
  if (value === null) return "";
  // A phone number typed into Excel is a number; print it without exponent or separators.
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function findHeader(sheet: PlainSheet): { row: number; columns: Map<MemberColumn, number> } | null {
  for (const row of sheet.rows.filter((r) => r.row <= HEADER_SEARCH_ROWS)) {
    const columns = new Map<MemberColumn, number>();
    for (const cell of row.cells) {
      const key = BY_HEADER.get(squash(cellText(cell.value)));
      if (key && !columns.has(key)) columns.set(key, cell.col);
    }
    if (columns.size >= 2) return { row: row.row, columns };
  }
  return null;
}

export async function readMembersSheet(bytes: Uint8Array): Promise<MemberSheetRow[]> {
  // An .xlsx is a zip archive; anything else is refused before the parser sees it.
  refuseUnlessXlsx(bytes, IMPORT_MESSAGES.notXlsx);
  const workbook = await parseIsolated("xlsx-cells", bytes, { unreadable: IMPORT_MESSAGES.unreadable });
  const sheets = [...workbook].sort((a, b) => Number(b.name === MEMBERS_SHEET) - Number(a.name === MEMBERS_SHEET));
  const found = sheets.map((sheet) => ({ sheet, header: findHeader(sheet) })).find((s) => s.header);
  if (!found?.header) throw new UserFacingError(IMPORT_MESSAGES.noHeader);
  const { sheet, header } = found;
  for (const key of REQUIRED_MEMBER_COLUMNS) {
    if (!header.columns.has(key)) throw new UserFacingError(IMPORT_MESSAGES.missingColumn(MEMBER_COLUMNS[key]));
  }
  const rows: MemberSheetRow[] = [];
  for (const row of sheet.rows) {
    if (row.row <= header.row) continue;
    const byCol = new Map(row.cells.map((c) => [c.col, cellText(c.value)]));
    const cells: MemberSheetRow["cells"] = {};
    for (const [key, col] of header.columns) cells[key] = byCol.get(col) ?? "";
    if (Object.values(cells).some((v) => v !== "")) rows.push({ row: row.row, cells });
    if (rows.length > MAX_MEMBER_ROWS) throw new UserFacingError(IMPORT_MESSAGES.tooManyRows);
  }
  if (rows.length === 0) throw new UserFacingError(IMPORT_MESSAGES.noRows);
  return rows;
}
