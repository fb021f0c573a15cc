/**
 * Hard-wrap detection. PDF text of narrow pages breaks every line at the
 * same width; there a line ending in 。 may still continue (it just happened
 * to fill the line), and a full-width heading line may continue below.
 */
import { endsSentence, visualWidth, type SourceLine } from "./normalize";
import { matchNumberedHeading } from "./headings";
import { matchLabelLine } from "./fields";

export interface Layout {
  wrapped: boolean;
  /** Typical visual width of a wrapped line (CJK counts 2). */
  wrapWidth: number;
}

export function detectLayout(lines: SourceLine[]): Layout {
  // Label lines (责任单位：…) are short by nature and would fake a narrow page.
  const prose = lines.filter((l) => !l.text.includes("\t") && !matchNumberedHeading(l.text) && !matchLabelLine(l.text));
  const open = prose.filter((l) => !endsSentence(l.text) && !/[:：]$/.test(l.text));
  if (prose.length < 6 || open.length / prose.length < 0.5) return { wrapped: false, wrapWidth: 0 };
  const widths = open.map((l) => visualWidth(l.text)).sort((a, b) => a - b);
  const wrapWidth = widths[Math.floor(widths.length / 2)] ?? 0;
  // Lines of a few hundred characters are paragraphs, not a narrow page.
  if (wrapWidth > 140 || wrapWidth < 20) return { wrapped: false, wrapWidth: 0 };
  return { wrapped: true, wrapWidth };
}

/** The line reaches the wrap width, so its end says nothing about a paragraph end. */
export function isFullLine(text: string, layout: Layout): boolean {
  return layout.wrapped && visualWidth(text) >= layout.wrapWidth * 0.85;
}
