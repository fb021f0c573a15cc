// The parse jobs an isolated worker can run (parse-job-runners.mjs implements
// them) and the plain data each one answers with. Adding a format means a
// job here and there; isolated.ts then bounds it like the others.

/** A cell as the worker sends it: no exceljs objects cross the thread boundary. */
export type PlainCellValue = string | number | boolean | Date | null;

export interface PlainCell {
  col: number;
  value: PlainCellValue;
  /**
   * Only for numbers (and, from "xlsx-sheets", dates): "0%" tells a percentage
   * typed as 85% (stored 0.85) from 0.85; yyyy"年"m"月" a month from a day.
   */
  numFmt?: string;
}

export interface PlainRow {
  row: number;
  cells: PlainCell[];
}

export interface PlainSheet {
  name: string;
  rows: PlainRow[];
}

/** A merged range, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A worksheet as a document reader needs it: what a person sees, not only the values. */
export interface WorkbookSheet {
  name: string;
  /** Hidden (or very hidden) sheets come back without their cells: readers skip them and say so. */
  hidden: boolean;
  /** Non-empty cells, in row order; a position covered by a merge is not sent (see merges). */
  rows: PlainRow[];
  merges: CellRange[];
  /** Rows printed at the top of every page (页面设置 › 顶端标题行): the header, as its author marked it. */
  titleRows?: { first: number; last: number };
  /** Rows and columns the author hid (or a filter hides): not what they circulate, so not read. */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

/**
 * Cells a workbook job reads in all: a 5 000-row ledger has ~85 000. Past
 * this the rows would only be refused later, after costing the web process
 * (the ledger) or the plan worker their copy.
 */
export const MAX_SHEET_CELLS = 250_000;

/**
 * Characters of text a .docx may send back (each paragraph, row and cell
 * counts one more): a 200-page plan has ~140 000. The worker streams the XML,
 * so without this a 16 MiB document.xml of short paragraphs would reach the
 * plan's rebuilding and parse as millions of objects.
 */
export const MAX_DOCUMENT_CHARS = 600_000;

/** A Word table cell as written: its grid span and merge marks, resolved to a grid after the reader (docx-document.ts). */
export interface DocxCell {
  /** The cell's paragraphs joined by "\n" (a table inside it: one line per row). */
  text: string;
  /** w:gridSpan: grid columns the cell covers. */
  span: number;
  vMerge?: "restart" | "continue";
  /** Legacy horizontal merge (older Word and WPS files). */
  hMerge?: "restart" | "continue";
}

export interface DocxRow {
  cells: DocxCell[];
  /** w:tblHeader (重复标题行). */
  header: boolean;
  /** w:gridBefore: grid columns left empty before the first cell. */
  gridBefore: number;
}

/**
 * The body of a .docx in order: paragraphs (auto-numbers rendered) and top-level tables.
 * `headingLevel`: the paragraph is in Word's heading style of that level (1–9), or has that outline level.
 */
export type DocxBlock = { kind: "paragraph"; text: string; headingLevel?: number } | { kind: "table"; rows: DocxRow[] };

/** A run of text on a PDF page, in PDF user space (origin bottom left, y up, points). */
export interface PdfTextItem {
  page: number;
  /** Left end of the baseline. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  text: string;
}

/** A horizontal (y1 = y2) or vertical (x1 = x2) line drawn on a page: a table border. */
export interface PdfRuling {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfItems {
  pages: { width: number; height: number }[];
  items: PdfTextItem[];
  rulings: PdfRuling[];
}

/**
 * A HEIC photo becomes a JPEG in the worker. Pixels are checked from the
 * file's header before any is decoded: a decoded pixel costs ~10 bytes
 * outside the worker's heap limit (libheif's wasm memory and the RGBA copy),
 * so 25 MP — an iPhone 15's 24 MP default — bounds a conversion at ~250 MB.
 * Larger photos are scaled to 4096 px on the long side, which keeps a 12 MP
 * iPhone photo (4032 × 3024) whole.
 */
export const HEIC_LIMITS = { maxPixels: 25_000_000, maxEdge: 4096, jpegQuality: 85 } as const;

export interface HeicLimits {
  maxPixels: number;
  maxEdge: number;
  jpegQuality: number;
}

export interface ConvertedImage {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

export interface ParseJobs {
  /** A .docx's body as paragraphs and tables (docx-reader.mjs). */
  "docx-blocks": DocxBlock[];
  /** Every worksheet's non-empty cells, in row order. */
  "xlsx-cells": PlainSheet[];
  /** Every worksheet with its merges, hidden state and number formats (plan documents). */
  "xlsx-sheets": WorkbookSheet[];
  /** A PDF's text runs and ruling lines, page by page (a PDF is not a zip: no archive gate). */
  "pdf-items": PdfItems;
  /** A HEIC/HEIF photo's primary image as a JPEG (heic-to-jpeg.mjs). */
  "heic-jpeg": ConvertedImage;
}

export type ParseJobName = keyof ParseJobs;

/** Which jobs read zip archives: those pass archive-limits.ts before a worker starts. */
export const ARCHIVE_JOBS: Record<ParseJobName, boolean> = {
  "docx-blocks": true,
  "xlsx-cells": true,
  "xlsx-sheets": true,
  "pdf-items": false,
  "heic-jpeg": false,
};

/** The bounds a worker applies while it reads (isolated.ts sends them with the bytes). */
export interface JobLimits {
  maxCells: number;
  maxChars: number;
  heic: HeicLimits;
}

/**
 * What a worker answers. A refusal is worded by the parent (isolated.ts):
 * `refused` carries a reader's own Chinese message (a UserFacingError thrown
 * inside the worker), `broken` a fault of ours, logged and never shown.
 */
export type WorkerReply<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      reason: "unreadable" | "tooManyCells" | "tooMuchText" | "tooManyPixels" | "tooComplex" | "passwordProtected" | "refused" | "broken";
      detail?: string;
    };
