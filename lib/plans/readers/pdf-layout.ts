// A PDF's blocks rebuilt from what the worker read (lib/files/pdf-extract.mjs):
// ruled tables from their borders, the other text as lines, lines that wrap
// joined into paragraphs (also across a page break), page furniture dropped,
// and a table that runs on over pages put back together, its repeated header
// kept once. Pure and bounded (sorting and per-page grids), and it never
// throws on odd input: a PDF is built by whatever program the bureau had.
import type { PdfItems, PdfTextItem } from "@/lib/files/parse-jobs";
import type { Block, ParagraphBlock, PlanDocument, TableBlock, TableRow } from "@/lib/plans/parser/blocks";
import { matchLabelLine } from "@/lib/plans/parser/fields";
import { matchNumberedHeading } from "@/lib/plans/parser/headings";
import { alignedTables, type AlignedTable } from "./pdf-aligned-tables";
import { twoColumnPage } from "./pdf-columns";
import { furnitureLines } from "./pdf-furniture";
import { buildLines, joinWrapped, median, wrapJoint, type Line, WRAP_SLACK } from "./pdf-lines";
import { rightEdges } from "./pdf-right-edge";
import { ruledTables, type RuledTable } from "./pdf-ruled-tables";

/** Consecutive lines of one paragraph sit at most this many font sizes apart. */
const PARAGRAPH_LEADING = 2.2;
/** Column boundaries of a table continued on the next page match within this (points). */
const SAME_COLUMN = 3;
/**
 * A line that starts with a Chinese heading number (一、 （一） 第一章) starts a
 * paragraph even right under a full line; a numbered item (1. 2、) or a
 * field (责任领导：, 完成时限：) does after a sentence that ends at the right edge.
 * A known field label (fields.ts) always does, unless it wrapped inside an
 * open bracket (…覆盖率达到100%。（ | 责任科室：…）): a field's value (a list
 * of units) may fill its line to the edge without a closing mark.
 */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百\d]+[章节部分])/;
const ITEM_START = /^(?:[（(]\d+[)）]|\d+[、.．](?!\d)|[\u4e00-\u9fa5]{2,8}[：:])/;
const SENTENCE_END = /[。；！？：:;!?]$/;
/** Type this much larger than a page's body is a title's. */
const TITLE_SIZE = 1.15;
/** Header rows looked for at the top of a continued table. */
const MAX_HEADER_ROWS = 3;

/** A table found on a page, by its borders or by its aligned columns (which say nothing of what goes on below). */
type PageTable = Pick<RuledTable, "top" | "xs" | "rows"> & Partial<Pick<RuledTable, "openBelow">>;

interface PageLayout {
  page: number;
  width: number;
  height: number;
  /** Lines outside every table. */
  lines: Line[];
  tables: RuledTable[];
  aligned: AlignedTable[];
  /** A page in two columns: its column lines wrap at the columns' edge, not at the page's widest line. */
  columns?: { lines: Set<Line>; right: number; pageRight: number };
}

/**
 * The paragraph being read. Its lines' texts are collected and joined once
 * when the document is done, and its bracket depth is kept as they come: a
 * paragraph of a hostile file may run over hundreds of pages, and looking at
 * its whole text again for each line (its last character, its open brackets)
 * took minutes.
 */
interface OpenParagraph {
  block: ParagraphBlock;
  /** Its last line, and the right edge that line wraps at. */
  line: Line;
  right: number;
  left: number;
  parts: string[];
  /** The text's last character ("" while it is empty). */
  last: string;
  /** Brackets left open by the text: （…, (…, 【…. */
  depth: number;
}

export function pdfDocument(data: PdfItems): PlanDocument {
  const pages = layoutPages(data);
  const furniture = furnitureLines(pages);
  const bodies = pages.map((page) => ({ ...page, lines: page.lines.filter((l) => !furniture.has(l)) }));
  const edges = rightEdges(bodies);
  const blocks: Block[] = [];
  let paragraph: OpenParagraph | null = null;
  const paragraphs: OpenParagraph[] = [];
  let lastTable: { block: TableBlock; xs: number[]; page: number; openBelow?: boolean[] } | null = null;
  for (const [i, page] of bodies.entries()) {
    const { lines } = page;
    const pageRight = edges[i]!;
    // Where the page's text starts; unknown on a page in two columns, whose right column starts mid-page.
    const pageLeft = page.columns ? null : lines.reduce((left, l) => Math.min(left, l.x), Number.POSITIVE_INFINITY);
    const bodySize = lines.length > 0 ? median(lines.map((l) => l.size)) : 0;
    const rightOf = (line: Line) => (page.columns?.lines.has(line) ? page.columns.right : pageRight);
    const tables: PageTable[] = [...page.tables, ...page.aligned];
    const order = [...lines.map((line) => ({ top: line.y + line.size, line })), ...tables.map((table) => ({ top: table.top, table }))].sort(
      (a, b) => b.top - a.top,
    );
    for (const entry of order) {
      if ("table" in entry && entry.table) {
        paragraph = null;
        const rows = entry.table.rows.map((cells): TableRow => ({ cells, page: page.page }));
        if (lastTable && blocks[blocks.length - 1] === lastTable.block && lastTable.page === page.page - 1 && sameColumns(lastTable.xs, entry.table.xs)) {
          continueTable(lastTable.block, rows, lastTable.openBelow);
        } else {
          blocks.push({ kind: "table", rows });
        }
        lastTable = { block: blocks[blocks.length - 1] as TableBlock, xs: entry.table.xs, page: page.page, openBelow: entry.table.openBelow };
        continue;
      }
      const line = (entry as { line: Line }).line;
      if (paragraph && blocks[blocks.length - 1] === paragraph.block && continues(paragraph, line, pageLeft, bodySize)) {
        append(paragraph, line.text);
        paragraph.line = line;
        paragraph.right = rightOf(line);
      } else {
        const block: ParagraphBlock = { kind: "paragraph", text: line.text, page: page.page };
        blocks.push(block);
        paragraph = { block, line, right: rightOf(line), left: line.x, parts: [], last: "", depth: 0 };
        append(paragraph, line.text);
        paragraphs.push(paragraph);
      }
    }
  }
  for (const { block, parts } of paragraphs) block.text = parts.join("");
  return { format: "pdf", blocks };
}

/** A line's text added to the paragraph, as joinWrapped would join it. */
function append(paragraph: OpenParagraph, text: string): void {
  if (!text) return;
  if (paragraph.last) paragraph.parts.push(wrapJoint(paragraph.last, text[0]!));
  paragraph.parts.push(text);
  paragraph.last = text[text.length - 1]!;
  for (const ch of text) {
    if ("（(【[".includes(ch)) paragraph.depth++;
    else if ("）)】]".includes(ch)) paragraph.depth = Math.max(0, paragraph.depth - 1);
  }
}

function layoutPages({ pages, items, rulings }: PdfItems): PageLayout[] {
  const itemsByPage = groupByPage(items);
  const rulingsByPage = groupByPage(rulings);
  return pages.map((size, i) => {
    const page = i + 1;
    const pageItems = itemsByPage.get(page) ?? [];
    const tables = ruledTables(page, rulingsByPage.get(page) ?? [], pageItems);
    const inTable = new Set<PdfTextItem>(tables.flatMap((t) => [...t.items]));
    const built = buildLines(pageItems.filter((it) => !inTable.has(it)));
    // Before tables without borders are looked for: the two columns' lines side by side are no table rows.
    const columns = tables.length === 0 ? twoColumnPage(built, rulingsByPage.get(page) ?? []) : null;
    const lines = columns?.lines ?? built;
    // Before furniture is looked for: a table header repeated at the top of each page is not a running header.
    const aligned = alignedTables(lines);
    const inAligned = new Set(aligned.flatMap((t) => [...t.lines]));
    const layout = { page, width: size?.width || 595, height: size?.height || 842, lines: lines.filter((l) => !inAligned.has(l)), tables, aligned };
    return columns ? { ...layout, columns: { lines: columns.columnLines, right: columns.right, pageRight: columns.pageRight } } : layout;
  });
}

function groupByPage<T extends { page: number }>(list: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const entry of list) (map.get(entry.page) ?? map.set(entry.page, []).get(entry.page)!).push(entry);
  return map;
}

/**
 * The next line carries on the paragraph: the previous one ran to the right
 * edge (it wrapped), this one starts at the paragraph's left edge (not a new,
 * indented paragraph) in the same type size, right below it or at the top of
 * the next page. Two exceptions on a page of one column (`pageLeft` known):
 * a short line set to the right (the 落款 above its date) reaches the edge
 * without wrapping; and a title's second line, centred under the first in
 * type larger than the page's body, starts right of it. In body type a centred
 * line under a full one is a caption or a heading (重点项目安排表), not a wrap.
 */
function continues(previous: OpenParagraph, line: Line, pageLeft: number | null, bodySize: number): boolean {
  const { line: prev } = previous;
  const size = prev.size;
  if (Math.abs(line.size - size) > 0.5 || prev.right < previous.right - WRAP_SLACK * size) return false;
  // Set to the right: shorter than half the text's width, it reached the edge without filling the line.
  if (pageLeft !== null && prev.right - prev.x < (previous.right - pageLeft) / 2) return false;
  const centredUnder =
    pageLeft !== null && size > TITLE_SIZE * bodySize && !SENTENCE_END.test(prev.text) && Math.abs(line.x + line.right - (prev.x + prev.right)) <= size;
  if (line.x > Math.min(previous.left, prev.x) + 0.5 * size && !centredUnder) return false;
  if (HEADING_NUMBER.test(line.text) || (SENTENCE_END.test(prev.text) && ITEM_START.test(line.text))) return false;
  if (matchLabelLine(line.text) && previous.depth === 0) return false;
  if (line.page === prev.page) return prev.y - line.y > 0 && prev.y - line.y <= PARAGRAPH_LEADING * size;
  return line.page === prev.page + 1;
}

const sameColumns = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= SAME_COLUMN);

const rowText = (row: TableRow) => row.cells.map((c) => c.text.replace(/\s+/g, "")).join("\t");

/**
 * A table with no 序号 column numbers its items in the task cell (1.治理小区配套园。…): a first row
 * whose task cell starts unnumbered, under an item the page cut mid-sentence (…用于举办普惠性),
 * with nothing in its other cells, is the rest of that item, however the page closed it.
 */
function endsOfACutItem(previous: TableRow, first: TableRow): boolean {
  const above = previous.cells[0]?.text.trim() ?? "";
  const below = first.cells[0]?.text.trim() ?? "";
  return (
    matchNumberedHeading(above) !== null &&
    !/[。；;！？!?]$/.test(above) &&
    below !== "" &&
    matchNumberedHeading(below) === null &&
    first.cells.slice(1).every((c) => !c.text.trim())
  );
}

/**
 * The table's part on the next page: its repeated header row(s) dropped (the
 * first ones marked as the header), and a first row without its leading cell
 * (序号) taken as the rest of the row the page break cut. Where the previous
 * part's rules tell (`openBelow`, ruled tables), they decide instead: a row
 * left open in every column goes on; a row closed but for the columns of a
 * cell merged down (类别) is complete, and the next row's empty cells there
 * are that merged cell going on.
 */
function continueTable(table: TableBlock, rows: TableRow[], openBelow?: boolean[]): void {
  let header = 0;
  for (let k = Math.min(MAX_HEADER_ROWS, rows.length - 1, table.rows.length); k >= 1; k--) {
    if (rows.slice(0, k).every((row, i) => rowText(row) === rowText(table.rows[i]!))) {
      header = k;
      break;
    }
  }
  for (let i = 0; i < header; i++) table.rows[i]!.header = true;
  const rest = rows.slice(header);
  const first = rest[0];
  const previous = table.rows[table.rows.length - 1];
  if (first && previous && openBelow?.some(Boolean) && !openBelow.every(Boolean)) {
    first.cells = first.cells.map((cell, i) => (openBelow[i] && !cell.text && previous.cells[i] ? { text: previous.cells[i]!.text, merged: "above" } : cell));
    // The merged cell goes on down this page, over rows that hold none of its text: each repeats it.
    for (let r = 1; r < rest.length; r++) {
      const above = rest[r - 1]!;
      rest[r]!.cells = rest[r]!.cells.map((cell, i) =>
        cell.merged === "above" && !cell.text && above.cells[i]?.text ? { ...cell, text: above.cells[i]!.text } : cell,
      );
    }
  } else if (
    first &&
    previous &&
    ((!first.cells[0]?.text &&
      previous.cells[0]?.text &&
      first.cells.some((c) => c.text && !c.merged) &&
      // Closed by a rule, a row whose other cells are all filled is a row of its own (类别 written on a group's first row only).
      !(openBelow?.every((open) => !open) && first.cells.slice(1).every((c) => c.text))) ||
      endsOfACutItem(previous, first))
  ) {
    previous.cells = previous.cells.map((cell, i) => {
      const more = first.cells[i];
      return more && more.text && !more.merged ? { ...cell, text: joinWrapped(cell.text, more.text) } : cell;
    });
    rest.shift();
  }
  table.rows.push(...rest);
}
