// A worksheet as the grid a person sees: each row that holds text of its own,
// across the columns in use, with every position a merge covers showing the
// merge's text and marked as covered from above or from the left. Rows and
// columns around the content are trimmed; a row holding nothing of its own
// (empty, or only covered by merges from above) repeats its neighbour and is
// left out. Bounded: a sheet whose grid would outgrow the cell limit is
// refused, whatever its merges claim.
import { UserFacingError } from "@/lib/errors";
import { UNTRUSTED_FILE_MESSAGES as M } from "@/lib/files/messages";
import { MAX_SHEET_CELLS, type CellRange, type WorkbookSheet } from "@/lib/files/parse-jobs";
import type { TableCell } from "@/lib/plans/parser/blocks";
import { cellText } from "./cell-text";

export interface GridRow {
  /** The row's number in the sheet (1-based). */
  row: number;
  cells: TableCell[];
  /** Inside the print titles (顶端标题行). */
  header: boolean;
}

const isIndex = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;

/** Non-empty texts by row, then column. */
function ownTexts(sheet: WorkbookSheet): Map<number, Map<number, string>> {
  const texts = new Map<number, Map<number, string>>();
  for (const row of sheet.rows) {
    if (!isIndex(row.row)) continue;
    for (const cell of row.cells) {
      const text = isIndex(cell.col) ? cellText(cell) : "";
      if (text === "") continue;
      const cols = texts.get(row.row) ?? new Map<number, string>();
      if (!cols.has(cell.col)) cols.set(cell.col, text);
      texts.set(row.row, cols);
    }
  }
  return texts;
}

interface Cover {
  text: string;
  merged: "above" | "left";
}

/**
 * Covered positions in the rows kept, from merges whose origin holds text.
 * Excel never overlaps merges; a file that does is read first-merge-wins, and
 * the work is capped so overlapping ranges cannot multiply it.
 */
function coveredPositions(merges: CellRange[], texts: Map<number, Map<number, string>>, rows: number[], cols: [number, number], budget: number) {
  const covers = new Map<string, Cover>();
  let work = 0;
  for (const m of merges) {
    if (![m.top, m.left, m.bottom, m.right].every(isIndex) || m.bottom < m.top || m.right < m.left) continue;
    const text = texts.get(m.top)?.get(m.left);
    if (text === undefined) continue;
    for (const row of rows) {
      if (row < m.top || row > m.bottom) continue;
      for (let col = Math.max(m.left, cols[0]); col <= Math.min(m.right, cols[1]); col++) {
        if (++work > budget) throw new UserFacingError(M.tooManyCells(MAX_SHEET_CELLS));
        if (row === m.top && col === m.left) continue;
        const key = `${row}:${col}`;
        if (!covers.has(key)) covers.set(key, { text, merged: row > m.top ? "above" : "left" });
      }
    }
  }
  return covers;
}

export function sheetGrid(sheet: WorkbookSheet, maxCells = MAX_SHEET_CELLS): GridRow[] {
  const texts = ownTexts(sheet);
  const rows = [...texts.keys()].sort((a, b) => a - b);
  if (rows.length === 0) return [];
  let [first, last] = [Infinity, 0];
  for (const cols of texts.values()) for (const col of cols.keys()) [first, last] = [Math.min(first, col), Math.max(last, col)];
  const width = last - first + 1;
  if (width * rows.length > maxCells) throw new UserFacingError(M.tooManyCells(MAX_SHEET_CELLS));
  const covers = coveredPositions(sheet.merges ?? [], texts, rows, [first, last], 4 * maxCells);
  const titles = sheet.titleRows;
  const grid = rows.map((row) => {
    const own = texts.get(row)!;
    const cells = Array.from({ length: width }, (_, i): TableCell => {
      const cover = covers.get(`${row}:${first + i}`);
      return cover ? { text: cover.text, merged: cover.merged } : { text: own.get(first + i) ?? "" };
    });
    return { row, cells, header: !!titles && row >= titles.first && row <= titles.last };
  });
  // A text under a merge is not shown (Excel drops it; a hand-made file may not): its row may hold nothing of its own.
  return grid.filter((r) => r.cells.some((c) => !c.merged && c.text !== ""));
}
