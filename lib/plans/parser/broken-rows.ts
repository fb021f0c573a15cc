/**
 * A Word table saved as text (另存为 → 纯文本): cells apart by tabs, and a cell
 * of several paragraphs written over several lines without quotes:
 *   1⇥实施学前教育普惠扩容工程⇥1.新建公办幼儿园2所；
 *   2.认定普惠性民办幼儿园8所；
 *   3.普惠性幼儿园覆盖率达到92%以上。⇥李红⇥基础教育科⇥2026年8月31日前
 * Each line then looked like a row of its own, or prose, and the table was
 * lost. A row that has fewer tabs than the table's rows goes on over the lines
 * after it until their tabs make up a whole row; the line breaks stay inside
 * the cell. When they never do exactly, the lines are left as they were.
 */
import { matchNumberedHeading } from "./headings";
import type { LogicalLine } from "./quoted-cells";

/** A cell longer than this many lines is not one: the lines were something else. */
const MAX_CELL_LINES = 30;
/** A table of fewer columns than this is not told apart from prose with a stray tab. */
const MIN_TABS = 2;

const tabsIn = (text: string) => text.split("\t").length - 1;

const LAST_CELL_LINE_MAX_CHARS = 30;

/** A short line with no tab that is not a group row of the table (一、学前教育, （一）…). */
function continuesLastCell(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= LAST_CELL_LINE_MAX_CHARS && tabsIn(text) === 0 && !matchNumberedHeading(t);
}

/** `lines` with each row broken over several lines made one (its breaks kept inside the cell). */
export function joinBrokenRows(lines: LogicalLine[]): LogicalLine[] {
  // Rows quoted as Excel writes them are joinQuotedRows' to read.
  if (lines.some((l) => l.text.includes('\t"'))) return lines;
  const out: LogicalLine[] = [];
  let width = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tabs = tabsIn(line.text);
    if (tabs >= MIN_TABS && tabs >= width) width = tabs;
    if (tabs === 0 || tabs >= width || width < MIN_TABS) {
      // A line with no tab between rows ends the table (or is a group row): the next row sets the width again.
      if (tabs === 0) width = 0;
      out.push(line);
      continue;
    }
    let total = tabs;
    let end = i;
    const row = { ...line };
    /** The next line, its break kept inside the cell. */
    const take = () => {
      const next = lines[++end]!;
      row.text += `\n${next.text}`;
      row.extra += 1 + next.extra;
      return next;
    };
    while (total < width && end + 1 < lines.length && end - i < MAX_CELL_LINES && lines[end + 1]!.text.trim()) total += tabsIn(take().text);
    if (total !== width) {
      out.push(line);
      continue;
    }
    // 2026年8月⏎31日前: the last cell goes on, up to the next row.
    while (end + 2 < lines.length && continuesLastCell(lines[end + 1]!.text) && tabsIn(lines[end + 2]!.text) > 0) take();
    out.push(row);
    i = end;
  }
  return out;
}
