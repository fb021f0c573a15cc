// A worksheet as the grid a person sees: each row that holds text of its own,
// across the columns in use, with every position a merge covers showing the
// merge's text and marked as covered from above or from the left. Rows and
// columns around the content are trimmed; a row holding nothing of its own
// (empty, or only covered by merges from above) repeats its neighbour and is
// left out. Bounded (GridBudget): a workbook whose grids would outgrow the
// cell limit is refused, whatever its merges claim.
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
  const [hiddenRows, hiddenCols] = [new Set(sheet.hiddenRows ?? []), new Set(sheet.hiddenCols ?? [])];
  for (const row of sheet.rows) {
    if (!isIndex(row.row) || hiddenRows.has(row.row)) continue;
    for (const cell of row.cells) {
      const text = isIndex(cell.col) && !hiddenCols.has(cell.col) ? cellText(cell) : "";
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
 * What turning a workbook into grids may cost, shared by its sheets: grid
 * positions made and merge positions visited. Past it, the same refusal as
 * too many cells: a few cells far apart, or merges claiming millions of
 * positions, cannot make the plan worker build a huge grid.
 */
export class GridBudget {
  constructor(private left = 2 * MAX_SHEET_CELLS) {}

  spend(amount: number): void {
    this.left -= amount;
    if (this.left < 0) throw new UserFacingError(M.tooManyCells(MAX_SHEET_CELLS));
  }
}

/** The index of the first kept row at or below `row` (rows sorted). */
function firstRowFrom(rows: number[], row: number): number {
  let [lo, hi] = [0, rows.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Covered positions in the kept rows, from merges whose origin holds text.
 * Excel never overlaps merges; a file that does is read first-merge-wins.
 * Only kept rows are visited, and each visit is paid for.
 */
function coveredPositions(merges: CellRange[], texts: Map<number, Map<number, string>>, rows: number[], cols: [number, number], budget: GridBudget) {
  const covers = new Map<string, Cover>();
  for (const m of merges) {
    budget.spend(1);
    if (![m.top, m.left, m.bottom, m.right].every(isIndex) || m.bottom < m.top || m.right < m.left) continue;
    const text = texts.get(m.top)?.get(m.left);
    if (text === undefined) continue;
    const [left, right] = [Math.max(m.left, cols[0]), Math.min(m.right, cols[1])];
    for (let i = firstRowFrom(rows, m.top); i < rows.length && rows[i]! <= m.bottom; i++) {
      const row = rows[i]!;
      budget.spend(Math.max(0, right - left + 1));
      for (let col = left; col <= right; col++) {
        if (row === m.top && col === m.left) continue;
        const key = `${row}:${col}`;
        if (!covers.has(key)) covers.set(key, { text, merged: row > m.top ? "above" : "left" });
      }
    }
  }
  return covers;
}

export function sheetGrid(sheet: WorkbookSheet, budget = new GridBudget()): GridRow[] {
  const texts = ownTexts(sheet);
  const rows = [...texts.keys()].sort((a, b) => a - b);
  if (rows.length === 0) return [];
  let [first, last] = [Infinity, 0];
  for (const cols of texts.values()) for (const col of cols.keys()) [first, last] = [Math.min(first, col), Math.max(last, col)];
  const width = last - first + 1;
  budget.spend(width * rows.length);
  const covers = coveredPositions(sheet.merges ?? [], texts, rows, [first, last], budget);
  const titles = sheet.titleRows;
  // A hidden column between the shown ones is no column of the grid, not even an empty one.
  const hiddenCols = new Set(sheet.hiddenCols ?? []);
  const shownCols = Array.from({ length: width }, (_, i) => first + i).filter((col) => !hiddenCols.has(col));
  const grid = rows.map((row) => {
    const own = texts.get(row)!;
    const cells = shownCols.map((col): TableCell => {
      const cover = covers.get(`${row}:${col}`);
      return cover ? { text: cover.text, merged: cover.merged } : { text: own.get(col) ?? "" };
    });
    return { row, cells, header: !!titles && row >= titles.first && row <= titles.last };
  });
  // A text under a merge is not shown (Excel drops it; a hand-made file may not): its row may hold nothing of its own.
  return grid.filter((r) => r.cells.some((c) => !c.merged && c.text !== ""));
}
