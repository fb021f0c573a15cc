/**
 * A table copied out of Excel into a text file: tab-separated, and a cell of
 * several lines is written in quotes with its line breaks inside
 * (1\t"1.新建幼儿园2所；⏎2.覆盖率达到91%。"\t刘海燕). Such a row is one row,
 * its cell of several lines one cell.
 */

/** A quoted cell longer than this many lines is not one: the quote was a stray mark. */
const MAX_CELL_LINES = 30;

interface ScanState {
  open: boolean;
  fieldStart: boolean;
}

/** Reads on through one more piece of a row; whether a quoted field is still open tells if the row goes on. */
function scan(piece: string, state: ScanState): ScanState {
  let { open, fieldStart } = state;
  for (let i = 0; i < piece.length; i++) {
    const ch = piece[i];
    if (open) {
      if (ch === '"' && piece[i + 1] === '"') i++;
      else if (ch === '"') open = false;
    } else if (ch === '"' && fieldStart) {
      open = true;
      fieldStart = false;
    } else if (ch === "\t") fieldStart = true;
    else if (ch !== " ") fieldStart = false;
  }
  return { open, fieldStart };
}

/** A cell as written between tabs: quotes removed, "" read as ", its line breaks kept as the cell's lines. */
export function unquoteCell(cell: string): string {
  const m = /^\s*"([\s\S]*)"\s*$/.exec(cell);
  return m ? (m[1] ?? "").replace(/""/g, '"') : cell;
}

export interface LogicalLine {
  text: string;
  /** File lines the row took beyond its first (its cells' inner line breaks). */
  extra: number;
}

/** The file's lines, a row whose quoted cell runs over several lines made one (its breaks kept inside the cell). */
export function joinQuotedRows(lines: string[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  const quoted = lines.some((l) => l.includes('\t"'));
  for (let i = 0; i < lines.length; i++) {
    let row = lines[i] ?? "";
    let end = i;
    if (quoted && row.includes("\t")) {
      // Each line is read once: the scan goes on from where the last line left it.
      let state = scan(row, { open: false, fieldStart: true });
      while (state.open && end + 1 < lines.length && end - i < MAX_CELL_LINES) {
        const next = lines[++end] ?? "";
        row += `\n${next}`;
        state = scan(next, state);
      }
      if (state.open) [row, end] = [lines[i] ?? "", i];
    }
    out.push({ text: row, extra: end - i });
    i = end;
  }
  return out;
}
