/**
 * Prose helpers: rejoining broken lines, removing PDF spacing artefacts,
 * sentence splitting and masking quoted text (slogans, document names).
 */
import type { SourceLine } from "./normalize";

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const CJK_OR_PUNCT = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF“”‘’《》—…·]/;
const OPEN = "“‘《「『（(【〔［";
const CLOSE = "”’》」』）)】〕］";

/** Text with a map from character offsets back to original line numbers. */
export interface LinedText {
  text: string;
  starts: { offset: number; line: number }[];
}

export function lineAt(t: LinedText, offset: number): number {
  let line = t.starts[0]?.line ?? 1;
  for (const s of t.starts) {
    if (s.offset > offset) break;
    line = s.line;
  }
  return line;
}

/**
 * Concatenate broken lines. Chinese needs no separator; only two ASCII words
 * meeting at a break need a space back.
 */
export function joinLines(parts: SourceLine[]): LinedText {
  let text = "";
  let prevText = "";
  const starts: LinedText["starts"] = [];
  for (const p of parts) {
    // The previous part's end, not the growing text's: reading that flattens it each time (quadratic).
    if (text && /[A-Za-z]$/.test(prevText) && /^[A-Za-z]/.test(p.text)) text += " ";
    starts.push({ offset: text.length, line: p.line });
    text += p.text;
    if (p.text) prevText = p.text;
  }
  return { text, starts };
}

/**
 * The text without the characters it ends with that `ofSet` matches (one
 * character each): trailing punctuation off a title or a value. By hand: a
 * regex such as /[，、]+$/ retries from every mark of an earlier run, and a
 * hostile line of 200 000 commas then one character took a minute.
 */
export function trimEndOf(text: string, ofSet: RegExp): string {
  let end = text.length;
  while (end > 0 && ofSet.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Drop spaces next to Chinese characters or punctuation ("领 导职责",
 * "2022 年"). Inside quotes a space between two ideographs is deliberate
 * (“学习新思想 做好接班人”), so it is kept there.
 */
export function cleanProse(text: string): string {
  const chars = Array.from(text);
  // Pieces, and the last one apart: reading the end of a string built by += copies it whole, every time.
  const out: string[] = [];
  let prev = "";
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch !== " " && ch !== "\t") {
      out.push(ch);
      prev = ch;
      continue;
    }
    let j = i;
    while (j < chars.length && (chars[j] === " " || chars[j] === "\t")) j++;
    const next = chars[j] ?? "";
    const quotedWordGap = depth > 0 && CJK.test(prev) && CJK.test(next);
    if (!prev || !next) {
      i = j - 1;
      continue;
    }
    if ((CJK_OR_PUNCT.test(prev) || CJK_OR_PUNCT.test(next)) && !quotedWordGap) {
      i = j - 1;
      continue;
    }
    out.push(" ");
    prev = " ";
    i = j - 1;
  }
  return out.join("").trim();
}

/**
 * Replace everything inside “…” and 《…》 with a placeholder of the same
 * length, so numbers in slogans (“四个意识”, “5个100%”) and in document names
 * (《攻坚计划 2017-2020 年》) are invisible to target extraction while offsets
 * still line up with the original string. Straight quotes ("5个100%") typed
 * with half-width punctuation pair up the same way.
 */
export function maskQuoted(text: string, pairs = '“”《》「」『』""'): string {
  const units = text.split("");
  let open: string | null = null;
  let start = -1;
  const out = units.slice();
  for (let i = 0; i < units.length; i++) {
    const ch = units[i] ?? "";
    if (open === null) {
      const k = pairs.indexOf(ch);
      if (k >= 0 && k % 2 === 0) {
        open = pairs[k + 1] ?? null;
        start = i;
      }
    } else if (ch === open) {
      for (let j = start + 1; j < i; j++) out[j] = "□";
      open = null;
    } else if (i - start > 120) {
      // An unbalanced quote must not hide the rest of the paragraph.
      open = null;
    }
  }
  return out.join("");
}

/**
 * Split prose into sentences at 。！？ outside brackets/quotes. Falls back to
 * ignoring brackets when they are unbalanced (common after bad extraction).
 */
export function splitSentences(text: string): string[] {
  const attempt = (respectBrackets: boolean): string[] | null => {
    const out: string[] = [];
    let depth = 0;
    let cur = "";
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] ?? "";
      cur += ch;
      if (respectBrackets) {
        if (OPEN.includes(ch)) depth++;
        else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
      }
      if (depth === 0 && /[。！？!?]/.test(ch)) {
        out.push(cur);
        cur = "";
      }
    }
    if (cur.trim()) out.push(cur);
    if (respectBrackets && depth > 0) return null;
    return out;
  };
  const parts = attempt(true) ?? attempt(false) ?? [text];
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Split on separator characters that are not inside brackets/quotes. */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of Array.from(text)) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      out.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Index of the first char of the first sentence terminator outside brackets, or -1. */
export function firstTerminator(text: string, terminators = /[。！？!?]/): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && terminators.test(ch)) return i;
  }
  return -1;
}
