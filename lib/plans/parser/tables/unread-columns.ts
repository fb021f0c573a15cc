/**
 * A column of a task table that no role reads (a header such as 资金来源 or
 * 督查方式 no list foresaw) would be dropped without a word: the import says
 * which, so the user can copy what matters by hand.
 */
import type { TableBlock } from "../blocks";
import { cellAt, cellText, proseOf, type Header } from "./grid";

export function unreadColumns(table: TableBlock, header: Header): string[] {
  const headerRow = table.rows[header.index];
  const out: string[] = [];
  header.columns.forEach((role, j) => {
    const cell = cellAt(headerRow, j);
    const label = proseOf(cell?.text ?? "");
    if (role || !label || cell?.merged) return;
    const filled = table.rows.slice(header.dataStart).some((row) => !cellAt(row, j)?.merged && cellText(row, j) && cellText(row, j) !== label);
    if (filled) out.push(label);
  });
  return out;
}
