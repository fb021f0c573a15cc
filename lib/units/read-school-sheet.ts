// Reads a school register (.xlsx): finds the header row by its Chinese
// headers (学校名称 required; 学段, 性质, 所属学区/街道 optional, in any order,
// rows above it ignored) on any sheet, then each row's texts. exceljs runs in
// the isolated worker after the archive gate (lib/files/isolated.ts); a file
// that is not a workbook or has no 学校名称 column is refused as a whole.
import "server-only";
import { UserFacingError } from "@/lib/errors";
import { parseIsolated } from "@/lib/files/isolated";
import type { PlainCell, PlainSheet } from "@/lib/files/parse-jobs";
import { UNIT_MESSAGES as M } from "./messages";

export const MAX_SCHOOL_ROWS = 2000;
const HEADER_SEARCH_ROWS = 20;

export interface SchoolRow {
  row: number;
  name: string;
  stage: string;
  ownership: string;
  district: string;
}

type Column = keyof Omit<SchoolRow, "row">;

const HEADERS: Record<string, Column> = {
  学校名称: "name",
  学校: "name",
  单位名称: "name",
  学段: "stage",
  性质: "ownership",
  办学性质: "ownership",
  "所属学区/街道": "district",
  所属学区: "district",
  所属街道: "district",
  学区: "district",
};

const compact = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").replace(/／/g, "/");
const text = (cell: PlainCell | undefined) => {
  const v = cell?.value;
  return v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).normalize("NFKC").replace(/\s+/g, " ").trim();
};

function findHeader(sheet: PlainSheet): { row: number; columns: Map<Column, number> } | null {
  for (const row of sheet.rows.filter((r) => r.row <= HEADER_SEARCH_ROWS)) {
    const columns = new Map<Column, number>();
    for (const cell of row.cells) {
      const column = HEADERS[compact(text(cell))];
      if (column && !columns.has(column)) columns.set(column, cell.col);
    }
    if (columns.has("name")) return { row: row.row, columns };
  }
  return null;
}

export async function readSchoolSheet(bytes: Uint8Array): Promise<SchoolRow[]> {
  const workbook = await parseIsolated("xlsx-cells", bytes, { unreadable: M.unreadable });
  const found = workbook.map((sheet) => ({ sheet, header: findHeader(sheet) })).find((s) => s.header);
  if (!found?.header) throw new UserFacingError(M.noHeader, { file: [M.noHeader] });
  const { sheet, header } = found;
  const rows: SchoolRow[] = [];
  for (const row of sheet.rows) {
    if (row.row <= header.row) continue;
    const cells = new Map(row.cells.map((c) => [c.col, c]));
    const at = (column: Column) => {
      const col = header.columns.get(column);
      return col === undefined ? "" : text(cells.get(col));
    };
    const entry = { row: row.row, name: at("name"), stage: at("stage"), ownership: at("ownership"), district: at("district") };
    if (entry.name || entry.stage || entry.ownership || entry.district) rows.push(entry);
  }
  if (rows.length > MAX_SCHOOL_ROWS) throw new UserFacingError(M.tooManyRows(MAX_SCHOOL_ROWS), { file: [M.tooManyRows(MAX_SCHOOL_ROWS)] });
  return rows;
}
