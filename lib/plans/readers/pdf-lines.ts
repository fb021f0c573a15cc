// Visual lines from a PDF's text runs: runs on one baseline, left to right.
// Chinese text has no spaces, and exporters cut a line into many runs, so
// runs are joined as they are; a space goes in only where the page shows a
// real gap. A wide gap splits the line into spans (the columns of a table
// drawn without borders).
import type { PdfTextItem } from "@/lib/files/parse-jobs";

/** A line ending within this many font sizes of the text's right edge reached it (it wrapped there). */
export const WRAP_SLACK = 1.5;

export interface Span {
  x: number;
  right: number;
  text: string;
}

export interface Line {
  page: number;
  /** Baseline. */
  y: number;
  x: number;
  right: number;
  size: number;
  text: string;
  spans: Span[];
  /** The runs as the PDF drew them, left to right (a table without borders is cut into columns by these). */
  runs: Span[];
}

/** Runs whose baselines differ by less than this share of the font size sit on one line. */
const SAME_BASELINE = 0.4;
/** A gap wider than this share of the font size is a space between words (or padded names: 俞 悦). */
const WORD_GAP = 0.3;
/**
 * A gap wider than this share of the font size splits the line into spans:
 * the cells of a table without borders (8 pt of cell padding at 12 pt is
 * 0.67), or padded words. Runs inside a Chinese line touch (gap ~0).
 */
const COLUMN_GAP = 0.6;

/** Chinese characters and punctuation (full-width, and the quotes and dashes of General Punctuation). */
const isWide = (ch: string | undefined) => ch !== undefined && (ch.codePointAt(0)! >= 0x2e80 || (ch >= "\u2010" && ch <= "\u206f"));

/** Lines of one page's runs (or of one table cell's), top to bottom. */
export function buildLines(items: PdfTextItem[]): Line[] {
  const sorted = items.filter((i) => i.text && Number.isFinite(i.x) && Number.isFinite(i.y)).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    const tolerance = SAME_BASELINE * Math.max(1, Math.min(first?.size ?? item.size, item.size));
    if (group && first && first.page === item.page && Math.abs(first.y - item.y) <= tolerance) group.push(item);
    else groups.push([item]);
  }
  return groups.map(toLine);
}

function toLine(group: PdfTextItem[]): Line {
  const runs = [...group].sort((a, b) => a.x - b.x);
  const size = Math.max(1, median(runs.map((r) => r.size)));
  const spans = runs.map((r) => ({ x: r.x, right: r.x + Math.max(0, r.width), text: withoutStretchSpaces(r.text.trim(), r.width, r.size || size) }));
  return lineOfRuns(runs[0]!.page, median(runs.map((r) => r.y)), size, spans);
}

/**
 * Justified Chinese (两端对齐, in a narrow table cell above all) spreads a line's characters apart, and
 * the PDF reader writes the stretch as spaces: 县 委编办、县人 社局. A run of Chinese characters
 * only whose width leaves no room for those spaces (a real one, as in a padded name 张 伟, takes a
 * fifth of a character or more) is read without them.
 */
function withoutStretchSpaces(text: string, width: number, size: number): string {
  if (!text.includes(" ")) return text;
  const chars = [...text.replace(/\s+/g, "")];
  if (!chars.every((ch) => isWide(ch))) return text;
  const spaces = text.length - chars.join("").length;
  return width - chars.length * size < 0.2 * size * spaces ? chars.join("") : text;
}

/** A line of runs on one baseline, left to right (also a part of a line: one column of a two-column page). */
export function lineOfRuns(page: number, y: number, size: number, runs: Span[]): Line {
  const spans: Span[] = [];
  const texts: RunText[] = [];
  for (const run of runs) {
    const span = spans[spans.length - 1];
    if (!span || run.x - span.right > COLUMN_GAP * size) {
      spans.push({ ...run });
      texts.push(new RunText(run.text));
      continue;
    }
    texts[texts.length - 1]!.add(run.text, run.x - span.right, size);
    span.right = Math.max(span.right, run.right);
  }
  spans.forEach((span, i) => (span.text = texts[i]!.toString()));
  return {
    page,
    y,
    x: spans[0]!.x,
    // A loop, not Math.max(...spans): a hostile line of a hundred thousand spans would overflow the stack.
    right: spans.reduce((r, s) => Math.max(r, s.right), -Infinity),
    size,
    text: spans.map((s) => s.text).join(" "),
    spans,
    runs,
  };
}

/**
 * The runs of one line (or of one cell) joined left to right: with a space only
 * where the page shows a real gap. Kept as pieces, and the last character kept
 * apart: reading the end of a string built by `+` copies all of it first, so a
 * hostile line of a hundred thousand runs took minutes when each run read it.
 */
export class RunText {
  private readonly pieces: string[] = [];
  private last: string | undefined;

  constructor(text = "") {
    this.add(text, 0, 1);
  }

  /** The next run, `gap` points right of the previous one's end. */
  add(text: string, gap: number, size: number): void {
    if (!text) return;
    this.pieces.push(runJoint(this.last, text, gap, size), text);
    this.last = text[text.length - 1];
  }

  toString(): string {
    return this.pieces.join("");
  }
}

function runJoint(last: string | undefined, next: string, gap: number, size: number): "" | " " {
  if (last === undefined || last === " " || next.startsWith(" ")) return "";
  // Between two Chinese characters only a gap of about half a character is a real one.
  const threshold = isWide(last) || isWide(next[0]) ? 0.5 : WORD_GAP;
  return gap > threshold * size ? " " : "";
}

/**
 * Joins a line that wraps onto the next one: CJK text straight on, Latin
 * words with a space. Used for paragraph and cell continuation alike.
 */
export function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  return before + wrapJoint(before[before.length - 1]!, after[0]!) + after;
}

/** What joinWrapped puts between a line ending in `last` and the next line starting with `first`. */
export function wrapJoint(last: string, first: string): "" | " " {
  return isWide(last) || isWide(first) || last === "-" ? "" : " ";
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
