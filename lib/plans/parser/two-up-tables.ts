/**
 * A short list printed two-up to save paper: 序号 | 工作事项 | 责任科室 | 完成时限 ‖
 * 序号 | 工作事项 | 责任科室 | 完成时限, items 1–7 on the left and 8–14 on the right.
 * Read as it stands, each right-hand item was glued onto the left-hand one in
 * its row. The header's columns are there twice (perhaps with an empty column
 * between): the table is read as its left half, then its right half's rows.
 */
import type { PlanDocument, TableBlock, TableRow } from "./blocks";

const MIN_COLUMNS = 3;
const HEADER_SEARCH_ROWS = 5;

const key = (text: string) => text.replace(/\s+/g, "");

/** Where the second copy of the header's columns starts, or null when the header is not two-up. */
function secondHalfAt(header: TableRow): { width: number; from: number } | null {
  // A title merged across the table repeats its text in every cell: no columns at all.
  if (header.cells.some((c) => c.merged)) return null;
  const texts = header.cells.map((c) => key(c.text));
  for (const gap of [0, 1]) {
    if ((texts.length - gap) % 2 !== 0) continue;
    const width = (texts.length - gap) / 2;
    if (width < MIN_COLUMNS) continue;
    const left = texts.slice(0, width);
    const right = texts.slice(width + gap);
    if (gap && texts[width]) continue;
    if (new Set(left).size === width && left.every((t, i) => t && t === right[i])) return { width, from: width + gap };
  }
  return null;
}

const isEmpty = (row: TableRow) => row.cells.every((c) => !c.text.trim());

function unfolded(table: TableBlock): TableBlock {
  // The header may sit under a title row or a 填报单位 row.
  const found = table.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .map((row, at) => ({ row, at, halves: secondHalfAt(row) }))
    .find((r) => r.halves !== null);
  if (!found?.halves) return table;
  const { row: header, at: headerAt, halves } = found;
  const { width, from } = halves;
  const headerKey = header.cells
    .slice(0, width)
    .map((c) => key(c.text))
    .join("|");
  const half = (row: TableRow, start: number): TableRow => ({ ...row, cells: row.cells.slice(start, start + width) });
  const left = table.rows.map((row) => half(row, 0));
  // The right half's header (and its copies on later pages) is the left's: only its items are added.
  const right = table.rows
    .slice(headerAt + 1)
    .map((row) => half(row, from))
    .filter((row) => !isEmpty(row) && row.cells.map((c) => key(c.text)).join("|") !== headerKey);
  return { ...table, rows: [...left, ...right] };
}

export function twoUpTablesUnfolded(doc: PlanDocument): PlanDocument {
  if (!doc.blocks.some((b) => b.kind === "table")) return doc;
  return { ...doc, blocks: doc.blocks.map((b) => (b.kind === "table" ? unfolded(b) : b)) };
}
