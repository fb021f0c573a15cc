// Tables drawn without borders: consecutive lines cut into the same columns
// by wide gaps. The columns are where the lines' spans start (found on at
// least a few lines, usually the header's), each run of text goes to the
// column it starts in, and a line with nothing in the first column carries
// on the row above (a cell wrapped onto several lines). A header is the
// exception both ways: its words wrap onto a second line of short pieces
// (序 / 号, 责 / 任 / 领导), which join it; and on a page whose table starts
// with a repeated header, the lines carrying on the previous page's last row
// come after it and must not join it: they start a row of their own, with
// nothing in the first column, which the parser joins to that row.
import type { TableCell } from "@/lib/plans/parser/blocks";
import { matchLabelLine } from "@/lib/plans/parser/fields";
import { joinWrapped, RunText, type Line } from "./pdf-lines";

export interface AlignedTable {
  top: number;
  /** Column starts, left to right. */
  xs: number[];
  rows: TableCell[][];
  lines: Set<Line>;
}

/** Lines with two or more spans needed before a run of lines is a table (a signature line is not). */
const MIN_ROW_LINES = 3;
/** A span starts a column when it starts within this many font sizes of the column's start. */
const ALIGN = 1;
/** Share of a table's spans that must start on a column. */
const ALIGNED_SHARE = 0.8;
/** A page holds fewer lines than this: a longer run is cut, so a page of odd lines costs linear time. */
const MAX_RUN = 200;
/**
 * Far more spans than a plan's table has on a row (序号 … 备注, an indicator's years, a month's
 * days beside a few text columns), and more columns than it has. Each span is matched against
 * every column, and each line starts a run whose spans are sorted: a hostile page of 100 lines of
 * 5 000 aligned runs took 20 s (then on the server's event loop; now the plan worker's time bound
 * would end it, decision 0056).
 */
const MAX_COLUMNS = 64;
/** Lines of one table sit at most this many font sizes apart. */
const MAX_LINE_GAP = 2.5;
/** A header cell's wrapped part is a word or two: 号, 任领导, 单位. */
const HEADER_PIECE_CHARS = 4;

/** A first row of labels (序号, 工作任务 …), not a row of data (1, 推进…). */
const isHeaderRow = (cells: TableCell[]) => /^[^\d]{1,8}$/.test(cells[0]?.text ?? "") && cells.every((c) => c.text.length <= 12);
/**
 * 责任领导：王建国　李晓红 is a field whose values a space keeps apart, not a row of two cells:
 * such lines, one under another, looked like a table of two columns and swallowed the tasks.
 */
const isFieldLine = (line: Line) => matchLabelLine(line.text) !== null;
/** The header's second line: short pieces only, none of them a number. */
const isHeaderPiece = (texts: string[]) => texts.every((t) => t.length <= HEADER_PIECE_CHARS && !/\d/.test(t));

export function alignedTables(lines: Line[]): AlignedTable[] {
  const tables: AlignedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.spans.length < 2 || lines[i]!.spans.length > MAX_COLUMNS || isFieldLine(lines[i]!)) {
      i++;
      continue;
    }
    const run = [lines[i]!];
    let j = i + 1;
    for (; j < lines.length && run.length < MAX_RUN; j++) {
      const prev = run[run.length - 1]!;
      const line = lines[j]!;
      if (line.page !== prev.page || prev.y - line.y > MAX_LINE_GAP * prev.size || prev.y <= line.y) break;
      // A line of more spans than a table has columns is no row of one, and ends the run.
      if (line.spans.length > MAX_COLUMNS || isFieldLine(line)) break;
      run.push(line);
    }
    const table = tableOf(run);
    if (table) {
      tables.push(table);
      i += table.lines.size;
    } else i++;
  }
  return tables;
}

function tableOf(lines: Line[]): AlignedTable | null {
  const rowLines = lines.filter((l) => l.spans.length >= 2);
  if (rowLines.length < MIN_ROW_LINES) return null;
  const size = lines[0]!.size;
  const xs = columnStarts(rowLines, size);
  if (xs.length < 2 || xs.length > MAX_COLUMNS) return null;
  // The table ends with its last line that has columns, or that carries on a cell of a later column
  // (a wrapped cell at the foot of a page): the paragraph after it starts at the left, in column one.
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.spans.length < 2 && !xs.slice(1).some((x) => Math.abs(lines[end - 1]!.x - x) <= ALIGN * size)) end--;
  const run = lines.slice(0, end);
  const spans = rowLines.flatMap((l) => l.spans);
  const aligned = spans.filter((s) => xs.some((x) => Math.abs(s.x - x) <= ALIGN * size)).length;
  if (aligned < ALIGNED_SHARE * spans.length) return null;
  // Lines between row lines whose text starts off every column are prose, not cell continuations.
  for (const line of run) if (!xs.some((x) => Math.abs(line.x - x) <= ALIGN * size)) return null;
  const column = (x: number) =>
    Math.max(
      0,
      xs.findLastIndex((start) => start <= x + ALIGN * size),
    );
  const rows: TableCell[][] = [];
  // Where each column's text ended on the row's last line: a line that ran up to the next column wrapped.
  let ends: number[] = [];
  // The last column ends where the table's widest line does: found once, not per cell.
  const runRight = run.reduce((right, l) => Math.max(right, l.right), Number.NEGATIVE_INFINITY);
  const cellRight = (c: number) => (c + 1 < xs.length ? xs[c + 1]! : runRight);
  for (const line of run) {
    const cells = xs.map(() => new RunText());
    const rights = xs.map(() => Number.NEGATIVE_INFINITY);
    for (const r of line.runs) {
      const c = column(r.x);
      cells[c]!.add(r.text, r.x - rights[c]!, line.size);
      rights[c] = r.right;
    }
    const texts = cells.map(String);
    const previous = rows[rows.length - 1];
    const afterHeader = rows.length === 1 && isHeaderRow(previous!);
    if (afterHeader && isHeaderPiece(texts)) {
      texts.forEach((t, c) => t && (previous![c]!.text += t));
    } else if (previous && !texts[0] && !afterHeader) {
      texts.forEach((t, c) => {
        if (!t) return;
        const wrapped = cellRight(c) - ends[c]! < 2 * line.size + 8;
        previous[c]!.text = wrapped ? joinWrapped(previous[c]!.text, t) : `${previous[c]!.text}\n${t}`;
      });
    } else {
      rows.push(texts.map((text) => ({ text })));
      ends = xs.map(() => Number.NEGATIVE_INFINITY);
    }
    rights.forEach((r, c) => texts[c] && (ends[c] = r));
  }
  return { top: run[0]!.y + size, xs, rows, lines: new Set(run) };
}

/** Span starts shared by at least two row lines (or a third of them), clustered. */
function columnStarts(rowLines: Line[], size: number): number[] {
  const starts = rowLines.flatMap((l) => l.spans.map((s) => s.x)).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of starts) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[0]! <= ALIGN * size) last.push(x);
    else clusters.push([x]);
  }
  const support = Math.max(2, Math.ceil(rowLines.length / 3));
  // The starts are sorted, so a cluster's first is its leftmost.
  return clusters.filter((c) => c.length >= support).map((c) => c[0]!);
}
