/**
 * A table that OCR read one cell a line (a scanned 整改台账): the header's
 * words one a line (序号 / 反馈问题 / 整改措施 / 责任领导 / …), then each row
 * as its number alone on a line followed by its cells, a long cell wrapped
 * over several lines:
 *
 *   1
 *   学校食堂财务管理不规范，
 *   部分学校食堂账目未做到日清月结。
 *   开展学校食堂财务专项检查。
 *   赵宏伟
 *   计划财务股
 *
 * Rows are rebuilt only when every row's lines split into exactly the
 * header's cells, numbered 1, 2, 3 in turn, and a table recogniser knows the
 * header; anything else stays prose, as before.
 */
import type { TableBlock } from "./blocks";
import { recogniserFor } from "./tables";

const SERIAL = /^(序号|编号)$/;
/** A header word: a few Chinese characters, no punctuation or figure. */
const HEADER_CELL = /^[\u4e00-\u9fa5]{2,8}$/;
const MIN_COLUMNS = 4;
/** More header words than a form has columns is a list of words, and scanning on would make a long list quadratic. */
const MAX_COLUMNS = 20;
/** What follows a table on a form: who filled it in, a note, a page number (-1-, — 2 —), the plan's next chapter (三、保障措施). */
const AFTER_TABLE =
  /^(填报人|填表人|审核人|制表人|备注|说明|联系人|注[：:]|[-—－]\s*\d+\s*[-—－]$|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
const ENDS_SENTENCE = /[。；;！!？?]$/;
/** Lines a row may take; longer is no row of a form. */
const MAX_ROW_LINES = 60;
/** A line this much shorter than the row's longest ends its cell: a wrapped line fills the column. */
const SHORT_BY = 3;

export interface StackedTable {
  table: TableBlock;
  /** Lines the table took in the text. */
  run: number;
}

export function stackedTableAt(lines: readonly string[], start: number): StackedTable | null {
  const at = (i: number) => (lines[i] ?? "").trim();
  if (!SERIAL.test(at(start))) return null;
  let i = start + 1;
  while (i < lines.length && i - start < MAX_COLUMNS && HEADER_CELL.test(at(i))) i++;
  const header = lines.slice(start, i).map((l) => l.trim());
  if (header.length < MIN_COLUMNS || HEADER_CELL.test(at(i))) return null;
  const rows: string[][] = [];
  for (let number = 1; at(i) === String(number); number++) {
    let end = i + 1;
    const last = Math.min(lines.length, i + 1 + MAX_ROW_LINES);
    while (end < last && at(end) && at(end) !== String(number + 1) && !AFTER_TABLE.test(at(end))) end++;
    const body = lines.slice(i + 1, end).map((l) => l.trim());
    const cells = end < last || end === lines.length ? splitCells(body, header.length - 1) : null;
    if (!cells) return null;
    rows.push([String(number), ...cells]);
    i = end;
  }
  if (rows.length === 0) return null;
  const table: TableBlock = { kind: "table", rows: [header, ...rows].map((cells) => ({ cells: cells.map((text) => ({ text })) })) };
  return recogniserFor(table) ? { table, run: i - start } : null;
}

/**
 * The row's lines as exactly `count` cells, each one or more lines in turn: of
 * all the ways, the one whose cells end where lines end a sentence or stop
 * short of the column's width, and go on where a line fills it. Null when
 * there are fewer lines than cells.
 */
function splitCells(body: string[], count: number): string[] | null {
  if (body.length < count) return null;
  const longest = Math.max(...body.map((l) => l.length));
  const short = (l: string) => l.length <= longest - SHORT_BY;
  const endCost = (l: string) => (ENDS_SENTENCE.test(l) || short(l) ? 0 : 2);
  const goOnCost = (l: string) => (short(l) ? 3 : ENDS_SENTENCE.test(l) ? 1 : 0);
  // best[k][j]: the cheapest split of the first j lines into k cells; from[k][j] where its last cell starts.
  const best = Array.from({ length: count + 1 }, () => new Array<number>(body.length + 1).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(body.length + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= count; k++) {
    for (let j = k; j <= body.length; j++) {
      let within = 0;
      for (let s = j - 1; s >= k - 1; s--) {
        if (s < j - 1) within += goOnCost(body[s]!);
        const cost = best[k - 1]![s]! + within + endCost(body[j - 1]!);
        if (cost < best[k]![j]!) {
          best[k]![j] = cost;
          from[k]![j] = s;
        }
      }
    }
  }
  const cells: string[] = [];
  for (let k = count, j = body.length; k > 0; j = from[k]![j]!, k--) cells.unshift(body.slice(from[k]![j]!, j).join(""));
  return cells;
}
