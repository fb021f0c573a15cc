// Page furniture of a PDF: page numbers (-1-, 第1页, — 2 —, 1/20) and the
// running header or footer printed on every page (the bureau's name, the
// document's short title). Only lines in a page's top or bottom margin band
// are candidates, so a 序号 or a heading in the body is never taken for one.
import type { Line } from "./pdf-lines";

/** The share of the page height at its top and bottom where furniture sits. */
const BAND = 0.12;
/** How many lines at each end of a page are looked at. */
const EDGE_LINES = 2;

const PAGE_NUMBER = [
  /^[-—–－―_~·•\s]*\d{1,4}[-—–－―_~·•\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，、]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/i,
];

export const isPageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** The same header on every page, whatever its page or date digits. */
const furnitureKey = (text: string) => text.replace(/\s+/g, "").replace(/\d+/g, "#");

/** Which lines of each page are furniture (by index into that page's lines). */
export function furnitureLines(pages: { height: number; lines: Line[] }[]): Set<Line> {
  const candidates = pages.map(({ height, lines }) => {
    const edge = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
    return [...edge].filter((l) => l.y > height * (1 - BAND) || l.y < height * BAND);
  });
  const dropped = new Set<Line>();
  const pagesWithKey = new Map<string, number>();
  for (const lines of candidates) {
    for (const key of new Set(lines.map((l) => furnitureKey(l.text)))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  // A title page often has no header: repeated on half the pages (and at least two) is enough.
  const repeated = Math.max(2, Math.ceil(pages.length / 2));
  for (const lines of candidates)
    for (const line of lines) if (isPageNumber(line.text) || (pagesWithKey.get(furnitureKey(line.text)) ?? 0) >= repeated) dropped.add(line);
  return dropped;
}
