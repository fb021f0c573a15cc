// The right edge of a page's text: a line that reaches it wrapped there, and
// the next line carries its paragraph on. A page's own widest line is no
// measure of it on a page of only short lines (the last page, holding a
// task's 完成时限 and the short numbered item after it): there the longer line
// would look full, and the next one be joined onto it. Such a page takes the
// edge of the pages most of the document's lines are on (of its own paper
// width: a landscape table page has a wider one). A page whose paragraphs
// wrap shows its own edge, and keeps it: the last page of a 简报 set in two
// columns may fill only the left one.
import { median, type Line, WRAP_SLACK } from "./pdf-lines";

/** Paragraphs seen to wrap before a page's widest line is taken for its edge. */
const MIN_WRAPS = 2;

interface Page {
  width: number;
  /** Lines of the body in reading order (no furniture: a header set flush right is no edge of the text). */
  lines: Line[];
  /** A page in two columns knows its edge. */
  columns?: { pageRight: number };
}

/** Each page's right text edge, in the pages' order. */
export function rightEdges(pages: Page[]): number[] {
  // A reduce, not Math.max(...lines): spreading a page of a hundred thousand lines overflows the stack.
  const own = pages.map((page) => page.columns?.pageRight ?? page.lines.reduce((max, l) => Math.max(max, l.right), 0));
  // Every line votes for the edge of its page: a page of many lines outweighs a page of a few. The votes
  // are pushed, and each paper width's median taken once: a document of thousands of pages of short lines
  // (a hostile file) must not copy or sort the growing votes again for each page.
  const votes = new Map<number, number[]>();
  pages.forEach((page, i) => {
    const key = Math.round(page.width);
    const list = votes.get(key) ?? votes.set(key, []).get(key)!;
    for (let k = 0; k < page.lines.length; k++) list.push(own[i]!);
  });
  const medians = new Map<number, number>();
  const documentEdge = (width: number) => {
    const key = Math.round(width);
    return medians.get(key) ?? medians.set(key, median(votes.get(key) ?? [])).get(key)!;
  };
  return pages.map((page, i) => (page.columns || showsItsEdge(page.lines, own[i]!) ? own[i]! : Math.max(own[i]!, documentEdge(page.width))));
}

/**
 * Paragraphs wrap at the edge: a first line runs to it, and the next line starts left of it (Chinese
 * paragraphs indent their first line). A page of one-line paragraphs, all indented alike, shows none.
 */
function showsItsEdge(lines: Line[], right: number): boolean {
  let wraps = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i]!, lines[i + 1]!];
    if (line.right >= right - WRAP_SLACK * line.size && next.x < line.x - 0.5 * line.size) wraps++;
  }
  return wraps >= MIN_WRAPS;
}
