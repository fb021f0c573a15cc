/**
 * Hard-wrap detection. PDF text of narrow pages breaks every line at the
 * same width; there a line ending in 。 may still continue (it just happened
 * to fill the line), and a full-width heading line may continue below.
 */
import { endsSentence, visualWidth, type SourceLine } from "./normalize";
import { matchNumberedHeading } from "./headings";
import { fieldForLabel, matchLabelLine } from "./fields";
import { columnRole } from "./tables/columns";

export interface Layout {
  wrapped: boolean;
  /** Typical visual width of a wrapped line (CJK counts 2). */
  wrapWidth: number;
}

/** “负责科室 学前教育股”: a field's label and its value with a space for the colon. */
function startsWithLabelWord(text: string): boolean {
  const m = /^([\u4e00-\u9fa5]{2,6})\s+\S/.exec(text);
  return m !== null && (fieldForLabel(m[1] ?? "") !== null || columnRole(m[1] ?? "") !== null);
}

/** Too few prose lines say nothing about the page width. */
const MIN_PROSE_LINES = 6;
/** On a hard-wrapped page most prose lines stop mid-sentence; in flowing text most end one. */
const MIN_OPEN_SHARE = 0.5;
/** Wrap widths a real page has (CJK counts 2): about 10 to 70 characters. Wider is a paragraph per line. */
const MIN_WRAP_WIDTH = 20;
const MAX_WRAP_WIDTH = 140;
/**
 * A line this close to the wrap width filled it. In the two hard-wrapped seed
 * documents (wrap width 56, i.e. 28 CJK characters) lines that filled the page
 * measure 90–100 % of it: half-width digits and punctuation moved to the next
 * line make them shorter. 85 % leaves a margin below that.
 */
const FULL_LINE_SHARE = 0.85;

export function detectLayout(lines: SourceLine[]): Layout {
  // Label lines (责任单位：…, or 负责科室 学前教育股 without its colon) are short by nature and would fake a narrow page.
  const prose = lines.filter((l) => !l.text.includes("\t") && !matchNumberedHeading(l.text) && !matchLabelLine(l.text) && !startsWithLabelWord(l.text));
  const open = prose.filter((l) => !endsSentence(l.text) && !/[:：]$/.test(l.text));
  if (prose.length < MIN_PROSE_LINES || open.length / prose.length < MIN_OPEN_SHARE) return { wrapped: false, wrapWidth: 0 };
  const widths = open.map((l) => visualWidth(l.text)).sort((a, b) => a - b);
  const wrapWidth = widths[Math.floor(widths.length / 2)] ?? 0;
  // Lines of a few hundred characters are paragraphs, not a narrow page.
  if (wrapWidth > MAX_WRAP_WIDTH || wrapWidth < MIN_WRAP_WIDTH) return { wrapped: false, wrapWidth: 0 };
  return { wrapped: true, wrapWidth };
}

/** The line reaches the wrap width, so its end says nothing about a paragraph end. */
export function isFullLine(text: string, layout: Layout): boolean {
  return layout.wrapped && visualWidth(text) >= layout.wrapWidth * FULL_LINE_SHARE;
}
