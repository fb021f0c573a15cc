// Tables drawn with borders, found from the page's ruling lines: borders
// that touch one another form one table; their distinct y's are the row
// boundaries and their x's the column boundaries. A boundary missing inside
// the grid is a merged cell (Word's vertical merge, a heading row spanning
// the table), whose text is repeated on every grid position it covers, as
// the block model wants.
import type { PdfRuling, PdfTextItem } from "@/lib/files/parse-jobs";
import type { TableCell } from "@/lib/plans/parser/blocks";
import { buildLines, joinWrapped } from "./pdf-lines";

export interface RuledTable {
  page: number;
  top: number;
  bottom: number;
  left: number;
  /** Column boundaries, left to right: the grid's shape, compared across pages. */
  xs: number[];
  rows: TableCell[][];
  /** The text runs inside the table (everything else on the page is paragraphs). */
  items: Set<PdfTextItem>;
  /**
   * Per column, no rule under the last row: its cell goes on over the page
   * break. Every column (a row broken across the page), or some (a cell merged
   * down over rows the break cuts, such as a 类别 column).
   */
  openBelow: boolean[];
}

/** Two coordinates closer than this (points) are one boundary. */
const SNAP = 2;
/** Beyond these a page's drawing is not a table grid worth the cost (bounded work per page). */
const MAX_SEGMENTS_PER_PAGE = 2000;
const MAX_GRID_CELLS = 5000;

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function ruledTables(page: number, rulings: PdfRuling[], items: PdfTextItem[]): RuledTable[] {
  if (rulings.length > MAX_SEGMENTS_PER_PAGE) return [];
  const horizontal = mergeCollinear(rulings.filter((r) => r.y1 === r.y2 && r.x2 > r.x1));
  const vertical = mergeCollinear(rulings.filter((r) => r.x1 === r.x2 && r.y2 > r.y1).map(flip)).map(flip);
  const tables: RuledTable[] = [];
  for (const group of touchingGroups(horizontal, vertical)) {
    const table = gridTable(page, group.h, group.v, items);
    if (table) tables.push(table);
  }
  return tables.sort((a, b) => b.top - a.top);
}

const flip = (s: Segment): Segment => ({ x1: s.y1, y1: s.x1, x2: s.y2, y2: s.x2 });

/** Joins pieces of one horizontal line (borders are often drawn cell by cell). */
function mergeCollinear(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1);
  const merged: Segment[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && Math.abs(last.y1 - s.y1) <= SNAP / 2 && s.x1 <= last.x2 + SNAP) last.x2 = Math.max(last.x2, s.x2);
    else merged.push({ ...s, y2: s.y1 });
  }
  return merged;
}

const touches = (h: Segment, v: Segment) => v.x1 >= h.x1 - SNAP && v.x1 <= h.x2 + SNAP && h.y1 >= v.y1 - SNAP && h.y1 <= v.y2 + SNAP;

/** Borders that touch, transitively (union-find over horizontal × vertical). */
function touchingGroups(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((hs, i) => v.forEach((vs, j) => touches(hs, vs) && (parent[find(i)] = find(h.length + j))));
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const group = (i: number) => groups.get(find(i)) ?? groups.set(find(i), { h: [], v: [] }).get(find(i))!;
  h.forEach((s, i) => group(i).h.push(s));
  v.forEach((s, j) => group(h.length + j).v.push(s));
  return [...groups.values()];
}

/**
 * A row that breaks across a page is drawn by a browser's print (and by other
 * exporters) with no rule under its first half (or over its second): the column
 * rules run on past the last horizontal one to the page's foot. Where they end
 * is the row's edge, else its text falls outside the grid and is lost between
 * two pages.
 */
function openEnds(h: Segment[], v: Segment[]): number[] {
  const ys = h.map((s) => s.y1);
  const lowest = Math.min(...v.map((s) => s.y1));
  const highest = Math.max(...v.map((s) => s.y2));
  return [...(lowest < Math.min(...ys) - 2 * SNAP ? [lowest] : []), ...(highest > Math.max(...ys) + 2 * SNAP ? [highest] : [])];
}

function boundaries(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

function gridTable(page: number, h: Segment[], v: Segment[], items: PdfTextItem[]): RuledTable | null {
  const ys = boundaries([...h.map((s) => s.y1), ...openEnds(h, v)]).reverse(); // top to bottom
  const xs = boundaries(v.map((s) => s.x1));
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  // A single framed box is a paragraph with a border, not a table.
  if (rowCount < 1 || colCount < 2 || rowCount * colCount > MAX_GRID_CELLS) return null;
  const left = xs[0]!;
  const right = xs[colCount]!;
  const top = ys[0]!;
  const bottom = ys[rowCount]!;
  const inside = items.filter((i) => {
    const cx = i.x + i.width / 2;
    const cy = i.y + i.size * 0.3;
    return cx > left && cx < right && cy < top && cy > bottom;
  });
  const cellOf = (item: PdfTextItem) => {
    const cx = item.x + item.width / 2;
    const cy = item.y + item.size * 0.3;
    const c = xs.findIndex((x, k) => k < colCount && cx >= x && cx < xs[k + 1]!);
    const r = ys.findIndex((y, k) => k < rowCount && cy <= y && cy > ys[k + 1]!);
    return r < 0 || c < 0 ? -1 : r * colCount + c;
  };
  const hasH = (y: number, x: number) => h.some((s) => Math.abs(s.y1 - y) <= SNAP && x >= s.x1 - SNAP && x <= s.x2 + SNAP);
  const hasV = (x: number, y: number) => v.some((s) => Math.abs(s.x1 - x) <= SNAP && y >= s.y1 - SNAP && y <= s.y2 + SNAP);
  // Grid positions joined where the border between them is missing: a merged cell.
  const parent = Array.from({ length: rowCount * colCount }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => (parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b)));
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < colCount; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      if (c > 0 && !hasV(xs[c]!, midY)) union(r * colCount + c - 1, r * colCount + c);
      if (r > 0 && !hasH(ys[r]!, midX)) union((r - 1) * colCount + c, r * colCount + c);
    }
  const byRegion = new Map<number, PdfTextItem[]>();
  for (const item of inside) {
    const cell = cellOf(item);
    if (cell < 0) continue;
    const region = find(cell);
    (byRegion.get(region) ?? byRegion.set(region, []).get(region)!).push(item);
  }
  const regionText = new Map([...byRegion].map(([region, its]) => [region, cellText(its, regionRight(region))]));
  function regionRight(region: number): number {
    let c = region % colCount;
    while (c + 1 < colCount && find(Math.floor(region / colCount) * colCount + c + 1) === region) c++;
    return xs[c + 1]!;
  }
  const rows: TableCell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: TableCell[] = [];
    for (let c = 0; c < colCount; c++) {
      const i = r * colCount + c;
      const region = find(i);
      const text = regionText.get(region) ?? "";
      if (region === i) row.push({ text });
      else row.push({ text, merged: Math.floor(region / colCount) < r ? "above" : "left" });
    }
    rows.push(row);
  }
  if (!rows.some((row) => row.some((cell) => cell.text))) return null;
  const openBelow = xs.slice(0, colCount).map((x, c) => !hasH(bottom, (x + xs[c + 1]!) / 2));
  return { page, top, bottom, left, xs, rows, items: new Set(inside), openBelow };
}

/** The last character of a unit's name (组织人事科, 计财股, 区教育局, 各学校). */
const UNIT_END = /[局科室股处办委院校园馆站所队部心会组]$/;
/**
 * A line that starts a unit's name of its own: three characters or more before the first
 * separator, or one of the two-character bodies (团委, 妇联). 学校 under 各乡镇中心 goes on the name above.
 */
const STARTS_A_NAME = /^(?:[^，、,；;\s]{3,}|团委|妇联|工会|文联|科协|残联|侨联)(?:[，、,；;\s]|$)/;

/**
 * A cell's lines: a line that runs to the cell's right edge wrapped there and
 * continues on the next; any other line break is the author's, kept as "\n".
 * In a narrow units cell a whole name fills the line: a line ending a unit's
 * name over a line that ends one too is two names, one a line (a prose cell
 * joins its lines alike either way), unless the line below is too short to be a name.
 */
function cellText(items: PdfTextItem[], right: number): string {
  const lines = buildLines(items);
  let text = "";
  lines.forEach((line, k) => {
    if (k === 0) text = line.text;
    else {
      const prev = lines[k - 1]!;
      const fills = right - prev.right < 2 * prev.size + 4;
      const names = UNIT_END.test(prev.text) && UNIT_END.test(line.text) && STARTS_A_NAME.test(line.text);
      text = fills && !names ? joinWrapped(text, line.text) : `${text}\n${line.text}`;
    }
  });
  return text;
}
