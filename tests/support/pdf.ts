// A PDF writer for tests: lays a PlanDocument out on A4 pages the way a
// bureau's Word export looks (a running header, page numbers, wrapped
// paragraphs with a first-line indent, tables with ruling lines, header rows
// repeated on each page, tall rows split across a page break), so that the
// .pdf reader is tested on files built by a script, never on hand-edited
// binaries.
//
// The font is the hard part: Word embeds a subset font (Type0, Identity-H,
// CIDs private to the file) with a ToUnicode map, and a reader only ever sees
// the text through that map. This writer does the same, minus the glyph
// program itself (no FontFile2: a text layer needs none), so pdf.js reads it
// as it reads a real export. `font: "stsong"` writes the other form seen in
// the wild, the non-embedded Adobe-GB1 font STSong-Light with the
// UniGB-UCS2-H encoding and no ToUnicode, which pdf.js decodes only with its
// bundled CMaps.
import type { Block, PlanDocument, TableBlock, TableRow } from "@/lib/plans/parser/blocks";

export type PageNumberStyle = "dash" | "di" | "emdash" | "fraction" | "none";

export interface PdfOptions {
  /** Running header at the top of every page (e.g. the issuing bureau), or one per page (a date that changes). */
  header?: string | ((page: number) => string);
  pageNumbers?: PageNumberStyle;
  font?: "identity" | "stsong";
  fontSize?: number;
  /** Table borders as stroked lines (most exporters) or thin filled rectangles (Word). */
  rulings?: "stroke" | "rect" | "none";
  /**
   * Paragraphs set in two columns, as a 简报 prints a 工作要点: the first paragraph (the title)
   * across the page, the others down the left column and on into the right one. Paragraphs only.
   */
  columns?: 1 | 2;
  /**
   * Every page set sideways on a landscape sheet, as a 任务分解表 printed turned is: its text runs up the
   * sheet (turned anticlockwise) or down it. Rulings and text turn together.
   */
  turned?: "up" | "down";
  /** Pages with only an image and no text, as a scanner makes. */
  scanned?: boolean;
  /**
   * Protected by an open password: a standard security handler (RC4, revision 2)
   * whose user password is not empty, so no reader gets in without it. (The
   * content is left unencrypted: a reader refuses before it gets that far.)
   */
  passwordProtected?: boolean;
}

const PAGE = { width: 595.28, height: 841.89, margin: 72 };
const CELL_PADDING = 4;
/** Two columns: the gap between them, and each one's width. */
const GUTTER = 24;
const COLUMN_WIDTH = (PAGE.width - 2 * PAGE.margin - GUTTER) / 2;

const isWide = (ch: string) => ch.codePointAt(0)! >= 0x2e80;
const charWidth = (ch: string) => (isWide(ch) ? 1 : 0.5);
const textWidth = (text: string, size: number) => [...text].reduce((w, ch) => w + charWidth(ch) * size, 0);

/**
 * Breaks text into lines no wider than `width`, as Word does: between any two
 * Chinese characters, but Latin words and numbers (1.13, 1+X) only at a space,
 * which the break swallows.
 */
function wrap(text: string, width: number, size: number, indent = 0): string[] {
  const lines: string[] = [];
  for (const hard of text.split("\n")) {
    let line = "";
    let w = lines.length === 0 ? indent : 0;
    for (const token of hard.match(/[^\s\u2e80-\uffff]+|\s|[\s\S]/gu) ?? []) {
      const tw = textWidth(token, size);
      if (w + tw > width + 0.01 && line.trim()) {
        lines.push(line.trimEnd());
        line = "";
        w = 0;
        if (token === " ") continue;
      }
      line += token;
      w += tw;
    }
    lines.push(line);
  }
  return lines;
}

interface TextRun {
  x: number;
  y: number;
  size: number;
  text: string;
}

interface Page {
  texts: TextRun[];
  lines: [number, number, number, number][];
}

class Layout {
  pages: Page[] = [];
  y = 0;
  /** Two columns: the column being filled, and where the columns start on this page (under the title on the first). */
  column = 0;
  columnTop = 0;
  titled = false;
  constructor(
    readonly size: number,
    readonly options: PdfOptions,
  ) {
    this.newPage();
  }
  get leading() {
    return this.size * 1.5;
  }
  get page() {
    return this.pages[this.pages.length - 1]!;
  }
  get bottom() {
    return PAGE.margin;
  }
  newPage() {
    this.pages.push({ texts: [], lines: [] });
    this.y = PAGE.height - PAGE.margin;
    this.column = 0;
    this.columnTop = this.y;
  }
  /** The next line's place: the foot of the left column goes on at the head of the right one. */
  private nextLine(inColumns: boolean) {
    if (this.y - this.leading < this.bottom) {
      if (inColumns && this.column === 0) {
        this.column = 1;
        this.y = this.columnTop;
      } else this.newPage();
    }
    this.y -= this.leading;
  }
  text(x: number, y: number, text: string, size = this.size) {
    if (text) this.page.texts.push({ x, y, size, text });
  }
  paragraph(text: string) {
    const inColumns = this.options.columns === 2 && this.titled;
    this.titled = true;
    const width = inColumns ? COLUMN_WIDTH : PAGE.width - 2 * PAGE.margin;
    const indent = /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(text) ? 0 : 2 * this.size;
    const lines = wrap(text, width, this.size, indent);
    lines.forEach((line, i) => {
      this.nextLine(inColumns);
      const left = PAGE.margin + (inColumns ? this.column * (COLUMN_WIDTH + GUTTER) : 0);
      this.text(left + (i === 0 ? indent : 0), this.y + this.size * 0.3, line);
    });
    // The columns start under what is set across the page.
    if (!inColumns) this.columnTop = this.y;
  }
  table(table: TableBlock) {
    const width = PAGE.width - 2 * PAGE.margin;
    const columns = Math.max(...table.rows.map((r) => r.cells.length));
    const weights = Array.from({ length: columns }, (_, c) =>
      Math.min(14, Math.max(3, ...table.rows.map((r) => [...(r.cells[c]?.text ?? "")].reduce((n, ch) => n + charWidth(ch), 0)))),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const xs = [PAGE.margin];
    for (const w of weights) xs.push(xs[xs.length - 1]! + (w / total) * width);
    const headers = table.rows.filter((r, i) => r.header && table.rows.slice(0, i).every((h) => h.header));
    const cellLines = (row: TableRow) =>
      Array.from({ length: columns }, (_, c) => {
        const cell = row.cells[c];
        return cell && !cell.merged ? wrap(cell.text, xs[c + 1]! - xs[c]! - 2 * CELL_PADDING, this.size) : [];
      });
    let top = this.y;
    const startPage = () => {
      this.newPage();
      top = this.y;
      for (const h of headers) drawRow(h, cellLines(h), true);
    };
    const drawRow = (row: TableRow, lines: string[][], whole: boolean, next?: TableRow) => {
      const count = Math.max(1, ...lines.map((l) => l.length));
      const height = count * this.leading + 2 * CELL_PADDING;
      const fits = Math.floor((top - height >= this.bottom ? count : (top - this.bottom - 2 * CELL_PADDING) / this.leading) + 1e-9);
      if (fits < count && whole) return false;
      const shown = Math.min(count, fits);
      const bottom = top - shown * this.leading - 2 * CELL_PADDING;
      lines.forEach((cell, c) =>
        cell.slice(0, shown).forEach((line, i) => this.text(xs[c]! + CELL_PADDING, top - CELL_PADDING - (i + 1) * this.leading + this.size * 0.3, line)),
      );
      // The top border, except over a cell continued from the row above.
      for (let c = 0; c < columns; c++) if (row.cells[c]?.merged !== "above") this.page.lines.push([xs[c]!, top, xs[c + 1]!, top]);
      for (let c = 0; c <= columns; c++) if (c === 0 || c === columns || row.cells[c]?.merged !== "left") this.page.lines.push([xs[c]!, top, xs[c]!, bottom]);
      const lastOnPage = shown < count || !next;
      if (lastOnPage) this.page.lines.push([xs[0]!, bottom, xs[columns]!, bottom]);
      top = bottom;
      lines.forEach((cell, c) => (lines[c] = cell.slice(shown)));
      return shown === count;
    };
    this.y -= this.leading / 2;
    top = this.y;
    table.rows.forEach((row, r) => {
      const lines = cellLines(row);
      const count = Math.max(1, ...lines.map((l) => l.length));
      // A short row moves to the next page whole; a tall one breaks across it, as Word allows.
      const whole = count <= 3;
      if (top - this.bottom < this.leading + 2 * CELL_PADDING) {
        this.closeTable(xs, top);
        startPage();
      }
      while (!drawRow(row, lines, whole, table.rows[r + 1])) {
        this.closeTable(xs, top);
        startPage();
      }
    });
    this.closeTable(xs, top);
    this.y = top - this.leading / 2;
  }
  private closeTable(xs: number[], top: number) {
    this.page.lines.push([xs[0]!, top, xs[xs.length - 1]!, top]);
  }
  block(block: Block) {
    if (block.kind === "paragraph") this.paragraph(block.text);
    else this.table(block);
  }
  furniture() {
    const { header, pageNumbers = "dash" } = this.options;
    const n = this.pages.length;
    this.pages.forEach((page, i) => {
      const text = typeof header === "function" ? header(i + 1) : header;
      if (text) page.texts.push({ x: (PAGE.width - textWidth(text, 10.5)) / 2, y: PAGE.height - 40, size: 10.5, text });
      const label = { dash: `- ${i + 1} -`, di: `第${i + 1}页 共${n}页`, emdash: `— ${i + 1} —`, fraction: `${i + 1}/${n}`, none: "" }[pageNumbers];
      if (label) page.texts.push({ x: (PAGE.width - textWidth(label, 10.5)) / 2, y: 36, size: 10.5, text: label });
    });
  }
}

/** A PDF of the document's paragraphs and tables, with Chinese text and the furniture of a real export. */
export function pdfFromDocument(doc: PlanDocument, options: PdfOptions = {}): Uint8Array {
  const layout = new Layout(options.fontSize ?? 12, options);
  if (!options.scanned) {
    for (const block of doc.blocks) layout.block(block);
    layout.furniture();
  }
  return writePdf(layout.pages, options);
}

/** A PDF whose pages hold only a grey image: no text layer at all. */
export function scannedPdf(pages = 2): Uint8Array {
  return pdfFromDocument({ format: "pdf", blocks: Array.from({ length: pages }, () => ({ kind: "paragraph", text: "" })) }, { scanned: true });
}

function writePdf(pages: Page[], options: PdfOptions): Uint8Array {
  const stsong = options.font === "stsong";
  const chars = [...new Set(pages.flatMap((p) => p.texts.flatMap((t) => [...t.text])))];
  // A subset font numbers its glyphs itself: CID n is the n-th character used.
  const cid = new Map(chars.map((ch, i) => [ch, i + 1]));
  const hex4 = (n: number) => n.toString(16).padStart(4, "0");
  const encode = (text: string) => [...text].map((ch) => hex4(stsong ? (ch.codePointAt(0)! > 0xffff ? 0x3f : ch.codePointAt(0)!) : cid.get(ch)!)).join("");

  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const stream = (dict: string, data: string) => `<< ${dict} /Length ${Buffer.byteLength(data, "latin1")} >>\nstream\n${data}\nendstream`;
  // 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 ToUnicode, 7 image, then pages.
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // pages, filled in below
  if (stsong) {
    add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>");
    add(
      "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
    );
  } else {
    const narrow = chars.filter((ch) => !isWide(ch)).map((ch) => `${cid.get(ch)} [500]`);
    add("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>");
    add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /W [${narrow.join(" ")}] /CIDToGIDMap /Identity >>`,
    );
  }
  add(
    `<< /Type /FontDescriptor /FontName /${stsong ? "STSong-Light" : "ABCDEF+SimSun"} /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>`,
  );
  add(stream("", toUnicode(chars, cid)));
  add(stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80\x90\xa0\xb0"));

  const pageRefs: string[] = [];
  for (const page of pages) {
    // The portrait page drawn onto the landscape sheet: (x, y) → (H − y, x) up the sheet, (y, W − x) down it.
    const turn = { up: `0 1 -1 0 ${PAGE.height} 0`, down: `0 -1 1 0 0 ${PAGE.width}` };
    const ops: string[] = [`q ${options.turned ? turn[options.turned] : "1 0 0 1 0 0"} cm`];
    if (options.scanned) ops.push(`q ${PAGE.width - 100} 0 0 ${PAGE.height - 100} 50 50 cm /Im1 Do Q`);
    for (const [x1, y1, x2, y2] of options.rulings === "none" ? [] : page.lines) {
      const f = (n: number) => n.toFixed(2);
      if (options.rulings === "rect")
        ops.push(y1 === y2 ? `${f(x1)} ${f(y1 - 0.25)} ${f(x2 - x1)} 0.5 re f` : `${f(x1 - 0.25)} ${f(y2)} 0.5 ${f(y1 - y2)} re f`);
      else ops.push(`0.5 w ${f(x1)} ${f(y1)} m ${f(x2)} ${f(y2)} l S`);
    }
    for (const t of page.texts) {
      // Exporters cut a line into several show operations (a run per font change,
      // kerning, …); a reader has to put them back together without spaces.
      let x = t.x;
      for (const piece of t.text.match(/.{1,7}/gsu) ?? []) {
        ops.push(`BT /F1 ${t.size} Tf 1 0 0 1 ${x.toFixed(2)} ${t.y.toFixed(2)} Tm <${encode(piece)}> Tj ET`);
        x += textWidth(piece, t.size);
      }
    }
    ops.push("Q");
    add(stream("", ops.join("\n")));
    const contentRef = objects.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${options.turned ? `${PAGE.height} ${PAGE.width}` : `${PAGE.width} ${PAGE.height}`}] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 7 0 R >> >> /Contents ${contentRef} 0 R >>`,
    );
    pageRefs.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${pageRefs.join(" ")}] /Count ${pageRefs.length} >>`;

  let out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${options.passwordProtected ? ENCRYPTION : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

const ENCRYPTION = ` /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> >> /ID [<${"01".repeat(16)}> <${"01".repeat(16)}>]`;

/** The ToUnicode CMap of the subset font: CID → the character it draws. */
function toUnicode(chars: string[], cid: Map<string, number>): string {
  const utf16 = (ch: string) =>
    [...Buffer.from(ch, "utf16le")].reduce((s, b, i, a) => (i % 2 ? s : s + ((a[i + 1]! << 8) | b).toString(16).padStart(4, "0")), "");
  const entries = chars.map((ch) => `<${cid.get(ch)!.toString(16).padStart(4, "0")}> <${utf16(ch)}>`);
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100)
    chunks.push(`${Math.min(100, entries.length - i)} beginbfchar\n${entries.slice(i, i + 100).join("\n")}\nendbfchar`);
  return [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ...chunks,
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
}
