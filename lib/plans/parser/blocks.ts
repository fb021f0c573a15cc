/**
 * The block model: what every document reader (.txt, .docx, .pdf, .xlsx)
 * hands the parser. Readers keep the document's own structure (paragraphs and
 * real tables) instead of flattening it to lines, so that table recognisers
 * can read a 任务分解表 by its header rather than guess from glued text.
 * Pure data: no reader, database or framework type crosses this boundary.
 */
import { isLeaderEntry, isSpacedTocEntry } from "./toc";
import { matchNumberedHeading, RANK } from "./headings";
import { joinBrokenRows } from "./broken-rows";
import { joinQuotedRows, unquoteCell } from "./quoted-cells";
import { continuedCells } from "./spaced-rows";
import { stackedTableAt } from "./stacked-rows";

export interface ParagraphBlock {
  kind: "paragraph";
  /** One paragraph; a .txt line is one paragraph. May be empty (a blank line). */
  text: string;
  /** 1-based page, for formats that have pages (PDF). */
  page?: number;
  /** The first line a form table was written out as (form-tables.ts): the tables after it keep their numbers. */
  opensFormTable?: true;
}

export interface TableCell {
  /** The cell's text; line breaks inside the cell kept as "\n". */
  text: string;
  /**
   * Set when this grid position is covered by a merged cell that starts above
   * (Word vMerge, an Excel merge range) or to the left (gridSpan). `text`
   * then repeats the origin cell's text, so a unit merged down over three
   * task rows reads on each of them.
   */
  merged?: "above" | "left";
}

export interface TableRow {
  cells: TableCell[];
  /** 1-based page the row starts on (PDF). */
  page?: number;
  /** Marked as a header row by the source (Word 重复标题行, a PDF header repeated on a new page). */
  header?: boolean;
}

export interface TableBlock {
  kind: "table";
  /** Rows as read, header rows included; rows may be ragged. */
  rows: TableRow[];
  /** Worksheet name for .xlsx. */
  sheet?: string;
}

export type Block = ParagraphBlock | TableBlock;

export type DocumentFormat = "txt" | "docx" | "pdf" | "xlsx";

export interface PlanDocument {
  format: DocumentFormat;
  blocks: Block[];
  /** What the reader left out and the user should know (a hidden worksheet skipped); shown as warnings. */
  notices?: string[];
}

/** A group row inside a pasted table (学前教育): a few words between tab-separated rows. */
const GROUP_ROW_MAX_CHARS = 16;

/**
 * Columns aligned with spaces (a table printed to text, pdftotext -layout):
 * runs of two or more spaces, half- or full-width, between at least three
 * cells. Fewer would be prose or a line of labels (责任领导：李明    责任单位：人事股).
 */
const SPACED_COLUMNS = /[ \u3000]{2,}/;
const MIN_SPACED_CELLS = 3;

/** Words of a table's header row (序号, 指标, 责任单位 …): a line of them opens a table, it is no group inside one. */
const HEADER_WORD = /序号|指标|任务|单位|名称|项目|内容|时限|时间|属性|措施/;

/** A label's colon (牵头单位：, 组 长：), not a time's or a ratio's (8:30, 1:15). */
const LABEL_COLON = /：|[\u4e00-\u9fa5]\s*:/;
/** An item of the plan (2. 扩大学前资源, （1）…), where a chapter line (一、学前教育) may group a table's rows. */
const isNumberedItem = (line: string) => (matchNumberedHeading(line.trim())?.rank ?? 0) >= RANK.arabic;

/**
 * The line's cells: split at tabs, else at aligned spaces; null when it is no
 * table row. An item (2. 扩大学前资源) or a line of labels (牵头单位：基教科
 * 配合单位：人事科    完成时限：6月底, 组  长：张  三) spaced apart is prose of
 * the plan, never a row.
 */
function cellsOf(line: string): string[] | null {
  if (line.includes("\t")) return isLeaderEntry(line.trim()) ? null : line.split("\t");
  if (LABEL_COLON.test(line) || isNumberedItem(line) || isSpacedTocEntry(line)) return null;
  const cells = line.trim().split(SPACED_COLUMNS);
  return cells.length >= MIN_SPACED_CELLS ? cells : null;
}

function cellCount(line: string): number {
  return cellsOf(line)?.length ?? 0;
}

/**
 * The line's cells as a row of a table of `count` columns, or null. A long
 * Chinese cell leaves one space before the next column where the others leave
 * several: split at single spaces too when that gives the table's columns.
 */
function rowCells(line: string, count: number, cells = cellsOf(line)): string[] | null {
  if (cells?.length === count) return cells;
  if (line.includes("\t") || cells === null) return null;
  const loose = line.trim().split(/[ \u3000]+/);
  return loose.length === count ? loose : null;
}

/**
 * Lines from `start` that form a table (tab-separated, or columns aligned with
 * spaces): at least two rows with the same number of cells, the first with
 * two filled cells, and any short group row between them. 0 when there is
 * none. Table of contents entries (发展基础……<TAB>1) are not a table: toc.ts
 * drops them.
 */
function tableRunAt(lines: readonly string[], start: number): number {
  const count = cellCount(lines[start] ?? "");
  const tabbed = (lines[start] ?? "").includes("\t");
  if (count < 2 || (cellsOf(lines[start] ?? "") ?? []).filter((c) => c.trim()).length < 2) return 0;
  let end = start + 1;
  let rows = 1;
  let row = lines[start] ?? "";
  for (; end < lines.length; end++) {
    const line = lines[end] ?? "";
    const cells = cellsOf(line);
    if (rowCells(line, count, cells)) {
      rows++;
      row = line;
    } else if (!tabbed && continuedCells(line, row, count)) continue;
    else if (cells === null && isGroupRow(line, tabbed) && rowCells(lines[end + 1] ?? "", count) && (tabbed || !HEADER_WORD.test(lines[end + 1] ?? "")))
      continue;
    else break;
  }
  return rows >= 2 ? end - start : 0;
}

/** Between tabbed rows any short line is a group row (一、学前教育); between rows aligned with spaces an item (2. 扩大学前资源) is the plan's own. */
function isGroupRow(line: string, tabbed: boolean): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= GROUP_ROW_MAX_CHARS && !/[。，；：:]/.test(t) && (tabbed || !isNumberedItem(t));
}

/** A table run's lines as rows of `count` cells; a wrapped line (spaced-rows.ts) goes on the row above. */
function tableRows(lines: string[], count: number): { rows: TableRow[]; joined: number } {
  const rows: TableRow[] = [];
  let row = "";
  let joined = 0;
  for (const line of lines) {
    const own = rowCells(line, count);
    const more = own ? null : continuedCells(line, row, count);
    const previous = rows[rows.length - 1];
    if (more && previous) {
      previous.cells.forEach((cell, k) => more[k] && (cell.text = `${cell.text}\n${more[k]}`));
      joined++;
    } else rows.push({ cells: (own ?? [line]).map((cell) => ({ text: unquoteCell(cell) })) });
    if (own) row = line;
  }
  return { rows, joined };
}

function blankLines(count: number): ParagraphBlock[] {
  return Array.from({ length: count }, () => ({ kind: "paragraph", text: "" }));
}

/**
 * A plain-text document: one paragraph per line, so line numbers are the
 * file's own; a run of tab-separated lines (a table pasted from Word or
 * Excel) or of columns aligned with spaces (a table printed to text) is a
 * table block, one row per line.
 */
export function textDocument(text: string, format: DocumentFormat = "txt"): PlanDocument {
  const logical = joinBrokenRows(joinQuotedRows(text.split(/\r\n|\r|\n/)));
  const lines = logical.map((l) => l.text);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length;) {
    const stacked = stackedTableAt(lines, i);
    if (stacked) {
      // One row for many lines: blank lines after the table keep later lines' numbers the file's own.
      blocks.push(stacked.table, ...blankLines(stacked.run - stacked.table.rows.length));
      i += stacked.run;
      continue;
    }
    const run = tableRunAt(lines, i);
    if (run === 0) {
      for (const line of (lines[i] ?? "").split("\n")) blocks.push({ kind: "paragraph", text: line });
      i++;
      continue;
    }
    const { rows, joined } = tableRows(lines.slice(i, i + run), cellCount(lines[i] ?? ""));
    blocks.push({ kind: "table", rows });
    // A row of quoted cells, or one wrapped, over several file lines: blank lines after the table keep later lines' numbers the file's own.
    blocks.push(...blankLines(logical.slice(i, i + run).reduce((n, l) => n + l.extra, joined)));
    i += run;
  }
  return { format, blocks };
}

/**
 * The document as text, stored as the plan's source and counted by task and
 * warning line numbers: one line per paragraph line and one per table row,
 * cells separated by tabs (line breaks inside a cell become spaces).
 */
export function documentText(doc: PlanDocument): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "paragraph") lines.push(block.text);
    else for (const row of block.rows) lines.push(row.cells.map((c) => String(c.text ?? "").replace(/\s*\n\s*/g, " ")).join("\t"));
  }
  return lines.join("\n");
}
