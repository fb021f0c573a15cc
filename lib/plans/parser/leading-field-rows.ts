/**
 * A worksheet (or a Word table) that opens with its form line in the grid, above the header:
 * 填报单位：庄浪县教育局（盖章） | | | | 填报时间：2025年5月15日. Read as a line under the title,
 * as the same line typed out is (front-matter.ts), so it gives the issuer and the year. Only the
 * document's first table, under at most its title lines: a form row further on stays its table's.
 * The row stays in the table, emptied, so the rows after it keep their numbers.
 */
import type { Block, PlanDocument, TableRow } from "./blocks";
import { isFormFieldsLine } from "./front-matter";

const MAX_LINES_ABOVE = 2;

export function leadingFieldRowsAsParagraphs(doc: PlanDocument): PlanDocument {
  const first = doc.blocks.findIndex((b) => b.kind === "table");
  const table = doc.blocks[first];
  if (first < 0 || first > MAX_LINES_ABOVE || table?.kind !== "table") return doc;
  let k = 0;
  while (k < table.rows.length && isFormFieldsLine(rowLine(table.rows[k]!))) k++;
  if (k === 0) return doc;
  const lines: Block[] = table.rows.slice(0, k).map((row) => ({ kind: "paragraph", text: rowLine(row) }));
  const emptied = table.rows.map((row, i) => (i < k ? { ...row, cells: row.cells.map(() => ({ text: "" })) } : row));
  return { ...doc, blocks: [...doc.blocks.slice(0, first), ...lines, { ...table, rows: emptied }, ...doc.blocks.slice(first + 1)] };
}

/** The row's filled cells as one line, spaced apart as a typed form line is; a merged cell's text once. */
function rowLine(row: TableRow): string {
  const texts = row.cells.map((c) => c.text.trim()).filter(Boolean);
  return texts.filter((t, i) => t !== texts[i - 1]).join("　　");
}
