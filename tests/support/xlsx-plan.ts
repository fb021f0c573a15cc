// A plan document written as a bureau's Excel task list, for tests: each
// table a worksheet, the paragraphs before it as title rows merged across the
// sheet, cells merged down or across where the document says a position is
// covered ("above" / "left"), line breaks inside cells, the leading rows marked
// as header printed on every page (顶端标题行). Paragraphs after the last table go to a
// 说明 sheet, one a row. Options add a hidden sheet and type chosen cells as
// Excel stores them (85% as 0.85 in format 0%, a date as a date), so that
// reading the file back must give the document it was written from.
import ExcelJS from "exceljs";
import type { PlanDocument, TableBlock } from "@/lib/plans/parser/blocks";

export interface TypedCell {
  value: number | Date;
  numFmt: string;
}

export interface XlsxPlanOptions {
  /** Cells whose text is a key are written as this value and format instead of as text. */
  typed?: Record<string, TypedCell>;
  /** A hidden worksheet (after the others) holding these rows. */
  hiddenSheet?: { name: string; rows: string[][] };
  /** The name of the sheet for paragraphs after the last table. */
  notesSheet?: string;
}

type Writable = ExcelJS.CellValue;

function valueOf(text: string, typed: Record<string, TypedCell>): { value: Writable; numFmt?: string } {
  const t = typed[text];
  return t ? { value: t.value, numFmt: t.numFmt } : { value: text === "" ? null : text };
}

/** The origin a covered position repeats: left along "left", then up along "above". */
function originOf(table: TableBlock, row: number, col: number): [number, number] {
  for (;;) {
    const merged = table.rows[row]?.cells[col]?.merged;
    if (merged === "left") col--;
    else if (merged === "above") row--;
    else return [row, col];
  }
}

function writeTable(sheet: ExcelJS.Worksheet, titles: string[], table: TableBlock, typed: Record<string, TypedCell>): void {
  const width = Math.max(1, ...table.rows.map((r) => r.cells.length));
  for (const title of titles) {
    const row = sheet.addRow([title]);
    if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
  }
  const first = titles.length + 1;
  const areas = new Map<string, [number, number, number, number]>();
  table.rows.forEach((r, i) => {
    const row = sheet.getRow(first + i);
    r.cells.forEach((cell, j) => {
      if (cell.merged) {
        const [oi, oj] = originOf(table, i, j);
        const key = `${oi}:${oj}`;
        const area = areas.get(key) ?? [oi, oj, oi, oj];
        areas.set(key, [area[0], area[1], Math.max(area[2], i), Math.max(area[3], j)]);
        return;
      }
      const target = row.getCell(j + 1);
      const { value, numFmt } = valueOf(cell.text, typed);
      target.value = value;
      if (numFmt) target.numFmt = numFmt;
      if (cell.text.includes("\n")) target.alignment = { wrapText: true, vertical: "top" };
    });
  });
  for (const [top, left, bottom, right] of areas.values()) sheet.mergeCells(first + top, left + 1, first + bottom, right + 1);
  // Excel repeats one band of rows on every printed page: the table's leading header rows. A header
  // repeated further down (as a Word or PDF table repeats it on each page) is an ordinary row here.
  const band = table.rows.findIndex((r) => !r.header);
  const headerRows = band === -1 ? table.rows.length : band;
  if (headerRows > 0) sheet.pageSetup.printTitlesRow = `${first}:${first + headerRows - 1}`;
}

export async function xlsxFromDocument(doc: PlanDocument, options: XlsxPlanOptions = {}): Promise<Uint8Array> {
  const typed = options.typed ?? {};
  const workbook = new ExcelJS.Workbook();
  let pending: string[] = [];
  let count = 0;
  for (const block of doc.blocks) {
    if (block.kind === "paragraph") {
      pending.push(block.text);
      continue;
    }
    count++;
    writeTable(workbook.addWorksheet(block.sheet ?? `Sheet${count}`), pending, block, typed);
    pending = [];
  }
  if (pending.length) {
    const notes = workbook.addWorksheet(options.notesSheet ?? "说明");
    for (const text of pending) notes.addRow([text]);
  }
  if (options.hiddenSheet) {
    const hidden = workbook.addWorksheet(options.hiddenSheet.name, { state: "hidden" });
    for (const row of options.hiddenSheet.rows) hidden.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
