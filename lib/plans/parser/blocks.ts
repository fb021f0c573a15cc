/**
 * The block model: what every document reader (.txt, .docx, .pdf, .xlsx)
 * hands the parser. Readers keep the document's own structure (paragraphs and
 * real tables) instead of flattening it to lines, so that table recognisers
 * can read a 任务分解表 by its header rather than guess from glued text.
 * Pure data: no reader, database or framework type crosses this boundary.
 */

export interface ParagraphBlock {
  kind: "paragraph";
  /** One paragraph; a .txt line is one paragraph. May be empty (a blank line). */
  text: string;
  /** 1-based page, for formats that have pages (PDF). */
  page?: number;
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

/** A plain-text document: one paragraph per line, so line numbers are the file's own. */
export function textDocument(text: string, format: DocumentFormat = "txt"): PlanDocument {
  return { format, blocks: text.split(/\r\n|\r|\n/).map((line) => ({ kind: "paragraph", text: line })) };
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
    else for (const row of block.rows) lines.push(row.cells.map((c) => c.text.replace(/\s*\n\s*/g, " ")).join("\t"));
  }
  return lines.join("\n");
}
