// What the .docx worker sends back (cells as Word writes them: a span and
// merge marks) as the block model's grid: every grid position a cell, the
// positions a merged cell covers marked and carrying its text, so a 责任单位
// merged down over three task rows reads on each of them.
import type { DocxBlock, DocxRow } from "@/lib/files/parse-jobs";
import type { PlanDocument, TableCell, TableRow } from "@/lib/plans/parser/blocks";
import { withHeadingMarkers } from "./docx-heading-markers";

export function docxDocument(blocks: DocxBlock[]): PlanDocument {
  return {
    format: "docx",
    blocks: withHeadingMarkers(blocks).map((block) =>
      block.kind === "paragraph" ? { kind: "paragraph", text: block.text } : { kind: "table", rows: gridRows(block.rows) },
    ),
  };
}

function gridRows(rows: DocxRow[]): TableRow[] {
  const grid: TableRow[] = [];
  for (const row of rows) {
    const above = grid.at(-1)?.cells ?? [];
    // w:gridBefore: the row starts further right; the skipped positions are empty.
    const cells: TableCell[] = Array.from({ length: row.gridBefore }, () => ({ text: "" }));
    for (const cell of row.cells) {
      const at = cells.length;
      const origin = cell.vMerge === "continue" ? above[at] : cell.hMerge === "continue" ? cells[at - 1] : undefined;
      // A continuation with nothing to continue (a malformed file) stays a cell of its own.
      const merged = origin ? (cell.vMerge === "continue" ? "above" : "left") : undefined;
      const text = origin ? origin.text : cell.text;
      cells.push(merged ? { text, merged } : { text });
      for (let i = 1; i < cell.span; i++) cells.push({ text, merged: "left" });
    }
    grid.push({ cells, ...(row.header && { header: true }) });
  }
  return grid;
}
