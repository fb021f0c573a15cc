// Page furniture of a PDF: page numbers (-1-, 第1页, — 2 —, 1/20) and the
// running header or footer printed on every page (the bureau's name, the
// document's short title, a date). Only lines in a page's top or bottom
// margin band are candidates, so a 序号 or a heading in the body is never
// taken for one; and a line shaped like content (a field label, a numbered
// item, a sentence) is never one, though a task that ends each page puts the
// same 完成时限：2025年#月 at the foot of most pages.
import { matchLabelLine } from "@/lib/plans/parser/fields";
import { matchNumberedHeading } from "@/lib/plans/parser/headings";
import type { Line } from "./pdf-lines";

/** The share of the page height at its top and bottom where furniture sits. */
const BAND = 0.12;
/** How many lines at each end of a page are looked at. */
const EDGE_LINES = 2;
/**
 * A header or footer stands apart from the body: further from the nearest body
 * line than this many of that line's font sizes (lines of one paragraph sit
 * closer, see PARAGRAPH_LEADING in pdf-layout.ts).
 */
const APART = 2.2;

const PAGE_NUMBER = [
  /^[-—–－―_~·•\s]*\d{1,4}[-—–－―_~·•\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，、]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/i,
];

export const isPageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** A line only the body holds: 完成时限：…, 3.推进…, （二）…, or one that ends a sentence (a header never does). */
const isContent = (text: string) => Boolean(matchLabelLine(text) || matchNumberedHeading(text)) || /[。；;]$/.test(text);

const squeeze = (text: string) => text.replace(/\s+/g, "");
/** The same header on every page, whatever its page or date digits. */
const furnitureKey = (text: string) => squeeze(text).replace(/\d+/g, "#");
const digits = (line: Line) => (squeeze(line.text).match(/\d+/g) ?? []).map(Number);

interface Page {
  height: number;
  lines: Line[];
}

/** Which lines of the pages are furniture. */
export function furnitureLines(pages: Page[]): Set<Line> {
  const dropped = new Set<Line>();
  const groups = new Map<string, Line[]>();
  const pageOf = new Map<Line, Page>();
  for (const page of pages) {
    const { height, lines } = page;
    const edge = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
    for (const line of edge) {
      if (!(line.y > height * (1 - BAND) || line.y < height * BAND)) continue;
      if (isPageNumber(line.text)) dropped.add(line);
      if (isPageNumber(line.text) || isContent(line.text)) continue;
      // Pushed, not copied: a header on every page of a document of thousands of pages makes a long group.
      const key = furnitureKey(line.text);
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(line);
      pageOf.set(line, page);
    }
  }
  // A title page often has no header: repeated on half the pages (and at least two) is enough.
  const repeated = Math.max(2, Math.ceil(pages.length / 2));
  const pageCount = (lines: Line[]) => new Set(lines.map((l) => pageOf.get(l))).size;
  const candidates = [...groups.values()].filter((lines) => pageCount(lines) >= repeated);
  for (const lines of candidates.filter(samePrint)) for (const line of lines) dropped.add(line);
  // Digits that change, but not with the page (2025年6月 on one page, 2025年9月 on the next), are as likely
  // a task's dates as a header's: only lines set apart from the body, in the margin, are taken for a header.
  for (const lines of candidates.filter((g) => !samePrint(g))) {
    const apart = lines.filter((line) => standsApart(line, pageOf.get(line)!, dropped));
    if (pageCount(apart) >= repeated) for (const line of apart) dropped.add(line);
  }
  return dropped;
}

/** The lines print the same text on each page, but for a number that counts the pages (第3期 on page 3, 第4期 on page 4). */
function samePrint(lines: Line[]): boolean {
  const numbers = lines.map(digits);
  return numbers[0]!.every((_, k) => {
    const values = numbers.map((n) => n[k] ?? NaN);
    return values.every((v) => v === values[0]) || values.every((v, i) => v - lines[i]!.page === values[0]! - lines[0]!.page);
  });
}

/** The line is further from the nearest body line (below a header, above a footer) than lines of the body are from each other. */
function standsApart(line: Line, page: Page, dropped: Set<Line>): boolean {
  const top = line.y > page.height / 2;
  const body = page.lines.filter((l) => l !== line && !dropped.has(l) && (top ? l.y < line.y : l.y > line.y));
  if (body.length === 0) return true;
  const nearest = body.reduce((a, b) => (Math.abs(b.y - line.y) < Math.abs(a.y - line.y) ? b : a));
  return Math.abs(nearest.y - line.y) > APART * nearest.size;
}
