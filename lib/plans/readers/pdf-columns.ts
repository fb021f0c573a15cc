// A page set in two text columns (a 工作要点 printed in a 简报 or 汇编): the
// reader goes down the left column, then down the right one. Lines are built
// across the whole page, so each visual line holds a piece of both columns,
// which the borderless-table reader would pair into rows. Such a page is read
// as if the right column were printed under the left one: its lines moved
// left by the gutter and down below the left column's last line, so paragraph
// joining (a line that ran to the column's edge wraps, also from the foot of
// the left column to the head of the right) and everything after it work as
// on a one-column page.
//
// Only a page that is unmistakably prose in two columns: a vertical gutter
// near the middle that no line crosses (a title or page number across the
// page sits above or below the columns, never between their lines); in each
// column one run of text per line, the lines following one another at the
// leading from the top of the columns with none missing, and the left one
// wrapping at the gutter. A table drawn without borders fails that: its
// columns are cut into cells, and where one cell wraps onto more lines than
// the cell beside it, the other column has no line; where the cells of every
// row wrap alike, the two columns still start their rows on the same lines,
// while two columns of prose start their paragraphs independently. Nothing
// is done on a page with a table drawn with borders, or with any ruling
// across the columns.
import type { PdfRuling } from "@/lib/files/parse-jobs";
import { lineOfRuns, median, type Line, type Span, WRAP_SLACK } from "./pdf-lines";

/** The gutter lies within this share of the text's width either side of its middle. */
const MIDDLE = 0.2;
/** Lines in the columns needed: the left column at least this many, the right at least two. */
const MIN_LEFT_LINES = 5;
const MIN_RIGHT_LINES = 2;
/** Lines of a column follow one another at most this many font sizes apart. */
const MAX_LINE_GAP = 2.5;
/** Share of a column's lines that must be one run of text (a label and its value after a tab make two). */
const ONE_SPAN_SHARE = 0.8;
/** Wrapped lines the left column must have: it is running text, not a list of short items. */
const MIN_WRAPPED = 2;
/**
 * Two columns that start nearly all their paragraphs on the same lines (and at least MIN_SHARED) are a
 * table's rows. Nearly all of both: a 工作要点's short field lines start paragraphs on most lines, so two
 * columns of it share many starts by chance, but not all.
 */
const LOCKSTEP_SHARE = 0.9;
const MIN_SHARED = 3;
/** Beyond this many lines a page is not looked at (bounded work per page). */
const MAX_LINES = 400;
/** Nor beyond this many spans: each gap between two spans is a gutter to try against every span. */
const MAX_SPANS = 3 * MAX_LINES;

export interface ColumnPage {
  /** The page's lines in reading order, the right column's moved under the left one. */
  lines: Line[];
  /** The lines of the two columns (the others are across the page, above or below them). */
  columnLines: Set<Line>;
  /** The columns' right edge, where a column line that wrapped ends. */
  right: number;
  /** The page's text's right edge, for the lines across it. */
  pageRight: number;
}

/** The page read column by column, or null when it is not set in two columns. */
export function twoColumnPage(lines: Line[], rulings: PdfRuling[]): ColumnPage | null {
  if (lines.length < MIN_LEFT_LINES + MIN_RIGHT_LINES || lines.length > MAX_LINES) return null;
  if (lines.reduce((n, l) => n + l.spans.length, 0) > MAX_SPANS) return null;
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  for (const gutter of gutterCandidates(lines, left, right)) {
    const page = splitAt(lines, gutter, rulings);
    if (page) return { ...page, pageRight: right };
  }
  return null;
}

/** Positions near the middle where some line has a gap between its runs, most lines uncrossed first. */
function gutterCandidates(lines: Line[], left: number, right: number): number[] {
  const middle = (left + right) / 2;
  const reach = MIDDLE * (right - left);
  const xs = new Set<number>();
  for (const line of lines)
    for (let i = 1; i < line.spans.length; i++) {
      const x = Math.round((line.spans[i - 1]!.right + line.spans[i]!.x) / 2);
      if (Math.abs(x - middle) <= reach) xs.add(x);
    }
  const crossing = (x: number) => lines.filter((l) => crosses(l, x)).length;
  return [...xs]
    .map((x) => ({ x, n: crossing(x) }))
    .sort((a, b) => a.n - b.n || a.x - b.x)
    .slice(0, 3)
    .map((c) => c.x);
}

const crosses = (line: Line, x: number) => line.spans.some((s) => s.x < x && s.right > x);
const bothSides = (line: Line, x: number) => line.spans.some((s) => s.right <= x) && line.spans.some((s) => s.x >= x);

function splitAt(lines: Line[], gutter: number, rulings: PdfRuling[]): Omit<ColumnPage, "pageRight"> | null {
  // The columns: the last run of lines that do not cross the gutter. Above them only lines across the
  // page or on one side of it (a title, an introduction), below them only lines across it (a page number).
  const inColumns = lines.map((l) => !crosses(l, gutter));
  const last = inColumns.lastIndexOf(true);
  let first = last;
  while (first > 0 && inColumns[first - 1]) first--;
  if (last < 0 || lines.slice(0, first).some((l) => bothSides(l, gutter))) return null;
  const block = lines.slice(first, last + 1);
  const part = (line: Line, side: "left" | "right"): Line | null => {
    const runs = line.runs.filter((r) => (r.x + r.right) / 2 < gutter === (side === "left"));
    return runs.length ? lineOfRuns(line.page, line.y, line.size, runs) : null;
  };
  const rightColumn = block.map((l) => part(l, "right")).filter((l): l is Line => l !== null);
  if (rightColumn.length < MIN_RIGHT_LINES) return null;
  // The columns start at the right one's first line; what is above it on the left (a short title) is read first either way.
  const top = rightColumn[0]!.y;
  const leftParts = block.map((l) => part(l, "left")).filter((l): l is Line => l !== null);
  const above = leftParts.filter((l) => l.y > top + 0.5 * l.size);
  const leftColumn = leftParts.filter((l) => !above.includes(l));
  if (leftColumn.length < MIN_LEFT_LINES) return null;
  if (!isTextColumn(leftColumn, top) || !isTextColumn(rightColumn, top)) return null;
  const leftEdge = Math.min(...leftColumn.map((l) => l.x));
  const rightEdge = Math.max(...leftColumn.map((l) => l.right));
  if (leftColumn.filter((l) => l.right >= rightEdge - WRAP_SLACK * l.size).length < MIN_WRAPPED) return null;
  if (inLockstep(leftColumn, rightColumn)) return null;
  const bottom = Math.min(...block.map((l) => l.y - l.size));
  if (rulings.some((r) => acrossColumns(r, gutter, top + rightColumn[0]!.size, bottom))) return null;

  const leading = median(leftColumn.slice(1).map((l, i) => leftColumn[i]!.y - l.y));
  const dx = Math.min(...rightColumn.map((l) => l.x)) - leftEdge;
  const dy = rightColumn[0]!.y - leftColumn[leftColumn.length - 1]!.y + leading;
  const moved = rightColumn.map((l) => shift(l, dx, dy));
  // Lines under the columns (a page number) stay under them.
  const below = lines.slice(last + 1).map((l) => shift(l, 0, dy));
  return {
    lines: [...lines.slice(0, first), ...above, ...leftColumn, ...moved, ...below],
    columnLines: new Set([...leftColumn, ...moved]),
    right: Math.max(rightEdge, ...moved.map((l) => l.right)),
  };
}

/** One run of text per line, lines one under another from the columns' top with none missing. */
function isTextColumn(column: Line[], top: number): boolean {
  const size = column[0]!.size;
  if (Math.abs(column[0]!.y - top) > 0.5 * size) return false;
  if (column.filter((l) => l.spans.length === 1).length < ONE_SPAN_SHARE * column.length) return false;
  return column.every((l, i) => i === 0 || (column[i - 1]!.y > l.y && column[i - 1]!.y - l.y <= MAX_LINE_GAP * l.size));
}

/** The two columns start new paragraphs (or cells) on the same lines: rows of a table, not two flows of text. */
function inLockstep(left: Line[], right: Line[]): boolean {
  const a = starts(left);
  const b = starts(right);
  const shared = a.filter((y) => b.some((other) => Math.abs(other - y) < 0.3 * left[0]!.size)).length;
  return shared >= MIN_SHARED && shared >= LOCKSTEP_SHARE * Math.max(a.length, b.length);
}

/**
 * Baselines where a column starts a new paragraph: after a wider gap than its
 * leading, after a line that stopped short of the column's edge, or indented.
 */
function starts(column: Line[]): number[] {
  const leading = median(column.slice(1).map((l, i) => column[i]!.y - l.y));
  const edge = Math.max(...column.map((l) => l.right));
  const left = Math.min(...column.map((l) => l.x));
  return column
    .filter((l, i) => {
      const prev = column[i - 1];
      if (!prev) return false;
      return prev.y - l.y > leading + 0.3 * l.size || prev.right < edge - WRAP_SLACK * l.size || l.x > left + 0.5 * l.size;
    })
    .map((l) => l.y);
}

/** A ruling over the columns that is not a rule down the gutter: a table's border or a 三线表's rule. */
function acrossColumns(r: PdfRuling, gutter: number, top: number, bottom: number): boolean {
  const inBlock = Math.max(r.y1, r.y2) >= bottom && Math.min(r.y1, r.y2) <= top;
  const downGutter = Math.abs(r.x1 - r.x2) < 1 && Math.abs(r.x1 - gutter) < 10;
  return inBlock && !downGutter;
}

function shift(line: Line, dx: number, dy: number): Line {
  const move = (s: Span): Span => ({ ...s, x: s.x - dx, right: s.right - dx });
  return { ...line, x: line.x - dx, right: line.right - dx, y: line.y - dy, spans: line.spans.map(move), runs: line.runs.map(move) };
}
