/**
 * A table printed to text (pdftotext -layout) wraps a long cell onto the next
 * line, indented to its column, the row's other cells left blank:
 *
 *   1       开展校外培训机构专项治理，无证        县教育局、县市场      2025年6月底前
 *           培训机构动态清零                      监管局
 *
 * Such a line goes on the row above, each piece in the column it starts under.
 * Columns are found by display width (a Chinese character is two columns wide
 * in a fixed-width layout), from the row above.
 */

/** A character that takes two columns in a fixed-width layout: CJK, full-width forms and their punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Text between runs of two or more spaces: words joined by single spaces stay one piece. */
const PIECE = /\S+(?:[ \u3000]\S+)*/g;
/** A piece starts under a column when it starts within this many columns of it. */
const SLACK = 2;

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += ch === "\u3000" || WIDE.test(ch) ? 2 : 1;
  return w;
}

/** The line's pieces between runs of two or more spaces, each with the display column it starts at. */
export function spacedPieces(line: string): { text: string; start: number }[] {
  return [...line.matchAll(PIECE)].map((m) => ({ text: m[0], start: width(line.slice(0, m.index)) }));
}

/**
 * The cells a wrapped line adds to the row above (`row`, the row's own line,
 * `count` cells), or null when it is no such line: it must be indented past
 * the row's first column and each piece must start under one of the row's
 * cells (so a chapter line or a paragraph after the table ends the table).
 */
export function continuedCells(line: string, row: string, count: number): string[] | null {
  if (!/^[ \u3000]/.test(line) || !line.trim()) return null;
  const starts = spacedPieces(row).map((p) => p.start);
  if (starts.length !== count) return null;
  const pieces = spacedPieces(line);
  const cells: string[] = Array.from({ length: count }, () => "");
  for (const piece of pieces) {
    const column = starts.findIndex((s) => Math.abs(s - piece.start) <= SLACK);
    if (column <= 0 || cells[column]) return null;
    cells[column] = piece.text;
  }
  return pieces.length > 0 ? cells : null;
}
