/**
 * Writing golden documents as literals: paragraphs as strings, tables as
 * string[][] where "^" marks a cell merged with the one above (Word vMerge, an
 * Excel merge range) and "<" one merged with the cell to its left (gridSpan).
 * The merged cell repeats its origin's text, as readers deliver it.
 */
import type { Block, TableBlock, TableCell, TableRow } from "@/lib/plans/parser/blocks";

export const ABOVE = "^";
export const LEFT = "<";

export function paragraphs(...texts: string[]): Block[] {
  return texts.map((text) => ({ kind: "paragraph", text }));
}

export interface TableOptions {
  /** 0-based indices of rows the source marks as (repeated) header rows. */
  headerRows?: number[];
  sheet?: string;
}

export function table(grid: string[][], options: TableOptions = {}): TableBlock {
  const rows: TableRow[] = [];
  grid.forEach((cells, r) => {
    const out: TableCell[] = [];
    cells.forEach((text, c) => {
      if (text === ABOVE) out.push({ text: rows[r - 1]?.cells[c]?.text ?? "", merged: "above" });
      else if (text === LEFT) out.push({ text: out[c - 1]?.text ?? "", merged: "left" });
      else out.push({ text });
    });
    rows.push(options.headerRows?.includes(r) ? { cells: out, header: true } : { cells: out });
  });
  return options.sheet ? { kind: "table", rows, sheet: options.sheet } : { kind: "table", rows };
}
