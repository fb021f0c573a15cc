// One worksheet as blocks of a plan document. A task list becomes a table,
// with the title rows above its header (one text across the sheet, such as
// XX区2025年教育重点工作任务分解表) as paragraphs before it, where the parser
// looks for the plan's title, and notes under it (注：…) as paragraphs after
// it. A sheet of notes (说明, 填表说明, or text in one column) is plan text.
import type { Block, ParagraphBlock, TableBlock } from "@/lib/plans/parser/blocks";
import { FORM_FIELD, NOTE_WORD } from "@/lib/plans/parser/form-fields";
import { parseIndicatorHeader } from "@/lib/plans/parser/indicators-table";
import { columnRole } from "@/lib/plans/parser/tables/columns";
import type { GridRow } from "./sheet-grid";

/** 说明, 填表说明, 编制说明1, 备注, 注 — not 任务表（含备注）. */
const NOTES_SHEET = new RegExp(`^\\s*${NOTE_WORD}\\s*\\d*\\s*$`);
/** 填表说明, 填报须知: how to fill in the list, not part of the plan. */
const FILLING_IN = /^(?:填表|填报)/;
const NOTES_ROW = new RegExp(`^${NOTE_WORD}\\s*[:：\\d１-９一、.．]`);
/** A form's signature line under the table: 填表人：… | 审核人：… | 联系电话：… */
const isSignature = (row: GridRow) => !row.header && ownTexts(row).length > 0 && ownTexts(row).every((t) => FORM_FIELD.test(t));

/** The texts a row holds itself (not repeated from a merge). */
const ownTexts = (row: GridRow) => row.cells.filter((c) => !c.merged && c.text !== "").map((c) => c.text);

/** A row with one text, alone or merged across the sheet: a title, a note, a line of prose. */
const isSingleText = (row: GridRow) => !row.header && ownTexts(row).length === 1;

function paragraphs(rows: GridRow[]): ParagraphBlock[] {
  return rows.flatMap((row) =>
    ownTexts(row)
      .join(" ")
      .split("\n")
      .map((text): ParagraphBlock => ({ kind: "paragraph", text })),
  );
}

/**
 * Where the notes under a table begin: the signature rows at the bottom, and
 * above them a row starting 注：/填报说明： followed only by rows of one text.
 */
function notesStart(rows: GridRow[], from: number): number {
  let end = rows.length;
  while (end > from && isSignature(rows[end - 1]!)) end--;
  let start = end;
  for (let i = end - 1; i >= from && isSingleText(rows[i]!); i--) if (NOTES_ROW.test(ownTexts(rows[i]!)[0]!)) start = i;
  return start;
}

// “表二：重点任务” over a second table on the same sheet; or, after an empty row, a header row.
const TABLE_CAPTION = /^(附?表\s*[一二三四五六七八九十\d]+)/;

/** A row of column labels as the table recognisers read them: two or more task-table roles, or an indicator header. */
const isHeaderRow = (row: GridRow) =>
  ownTexts(row).filter((t) => columnRole(t) !== null).length >= 2 || parseIndicatorHeader(row.cells.map((c) => (c.merged ? "" : c.text)).join("\t")) !== null;

/** Where a second table starts below the first: its caption row, above a row of several cells. */
function nextTableStart(rows: GridRow[], from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) {
    const row = rows[i]!;
    if (!isSingleText(row) || isSingleText(rows[i + 1]!)) continue;
    const afterGap = row.row > rows[i - 1]!.row + 1 && isHeaderRow(rows[i + 1]!);
    if (TABLE_CAPTION.test(ownTexts(row)[0]!) || afterGap) return i;
  }
  return to;
}

/**
 * A 填报说明 sheet's numbered notes (1.本清单按股室分表…) under the sheet's
 * name as their label, so the parser reads them as notes, not tasks; a title
 * row above them (the workbook's title) stays first, and a row that only
 * repeats the sheet's name is that label already. Notes numbered 一、二、 would
 * be chapters to the parser: in a sheet on filling in the list (填表说明), they
 * go on one line after the label.
 */
function labelledNotes(name: string, blocks: ParagraphBlock[]): ParagraphBlock[] {
  const label = name.replace(/\s+|\d+$/g, "");
  const own = blocks.filter((b) => b.text.replace(/\s+/g, "") !== label);
  const titled = own.length > 1 && !/[。；;，,：:]|^[（(]?[\d一二三四五六七八九十]/.test(own[0]!.text.trim());
  const notes = titled ? own.slice(1) : own;
  const first = notes[0]?.text.trim() ?? "";
  const title = titled ? [own[0]!] : [];
  if (notes.length === 0 || NOTES_ROW.test(first)) return own;
  // A 说明 sheet may carry the plan's own chapters on; how to fill in the list (填表说明) never does.
  if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(first) && FILLING_IN.test(label))
    return [...title, { kind: "paragraph", text: `${label}：${notes.map((n) => n.text.trim()).join("")}` }];
  if (!/^([（(]?\d|[①-⑳])/.test(first)) return own;
  return [...title, { kind: "paragraph", text: `${label}：` }, ...notes];
}

function tableOf(name: string, rows: GridRow[]): TableBlock[] {
  return rows.length ? [{ kind: "table", sheet: name, rows: rows.map((row) => (row.header ? { cells: row.cells, header: true } : { cells: row.cells })) }] : [];
}

export function sheetBlocks(name: string, rows: GridRow[]): Block[] {
  if (rows.length === 0) return [];
  if (NOTES_SHEET.test(name)) return labelledNotes(name, paragraphs(rows));
  if (rows.every((row) => ownTexts(row).length <= 1)) return paragraphs(rows);
  let top = 0;
  while (top < rows.length && isSingleText(rows[top]!)) top++;
  const bottom = notesStart(rows, top);
  const blocks: Block[] = paragraphs(rows.slice(0, top));
  // Tables one under another (指标 then 任务), each with its caption as the paragraph before it.
  for (let start = top; start < bottom;) {
    const end = nextTableStart(rows, start, bottom);
    blocks.push(...tableOf(name, rows.slice(start, end)));
    if (end < bottom) blocks.push(...paragraphs([rows[end]!]));
    start = end + 1;
  }
  return [...blocks, ...paragraphs(rows.slice(bottom))];
}
