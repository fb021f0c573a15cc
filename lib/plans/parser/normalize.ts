/**
 * Line-level cleanup of text extracted from PDF / Word files.
 * Every later stage works on `SourceLine`s so that the original 1-based line
 * number survives all the rejoining and reclassification.
 */

export interface SourceLine {
  /** 1-based line number in the original input. */
  line: number;
  /** Normalised, trimmed, never empty. */
  text: string;
}

/** Editors count \r\n, \n and a lone \r as one line break each; so do we. */
export function splitRawLines(input: string): string[] {
  return input.split(/\r\n|[\r\n\u2028\u2029\u0085]/);
}

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const FULLWIDTH_LATIN = /[\uFF21-\uFF3A\uFF41-\uFF5A]/g;
// Kangxi radicals and compatibility ideographs are a classic PDF-extraction
// artefact (⼀ instead of 一); NFKC maps them back to ordinary ideographs.
const CJK_LOOKALIKES = /[\u2E80-\u2FDF\uF900-\uFAFF]/g;
// Small, vertical and half-width CJK punctuation (﹐ ﹑ ︰ ｡ ､) from PDF text layers and old
// input methods: NFKC maps them to the ordinary marks every later pattern knows.
const PUNCTUATION_VARIANTS = /[\uFE10-\uFE18\uFE35-\uFE44\uFE50-\uFE6B\uFF61-\uFF64]/g;
// A lone half-width period after Chinese text ends a sentence typed with half-width punctuation
// (“组织专题学习.”, “活动.2023年”); a dot after a digit (1.5, 1.) or in a leader (.....) does not.
const HALF_WIDTH_FULL_STOP = /(?<=[\u3400-\u9FFF\uF900-\uFAFF”’）》」』")'%])\.(?!\.)/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u0084\u0086-\u009F]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// OCR reads a chapter's 一 as a dash and 二 / 三 as = / ≡ (-、坚持党建引领, （-）学前教育): only where a
// numeral opens a heading, before 、 or inside its brackets, is a dash never anything else.
const OCR_NUMERALS: Record<string, string> = { "-": "一", "—": "一", "–": "一", "－": "一", "=": "二", "＝": "二", "≡": "三" };
const OCR_CHAPTER = /^(\s*)([-—–－=＝≡])(、)(?=\S)/;
const OCR_SUB_CHAPTER = /^(\s*[（(])\s*([-—–－=＝≡])\s*([)）])(?=\S)/;

// OCR's other misreadings of a scanned page: 。 as a Latin o after Chinese text (达到70%o推动…), 0 as O or
// 〇 between digits (〔2O25〕), and a year's digits spaced out by a justified title (2 0 2 5 年).
const OCR_FULL_STOP = /(?<=[\u4e00-\u9fa5%）”])o(?=[\u4e00-\u9fa5（]|$)/g;
// …but 0.5%o以内 is ‰ read as %o: a bound or a comparison after it says a figure goes on.
const OCR_PER_MILLE = /%o(?=\s*(?:以内|以下|以上|左右|之内|之间|的))/g;
const OCR_ZERO = /(?<=\d)[Oo〇](?=\d)|(?<=\d\d)[Oo〇](?=\d?年)/g;
const SPACED_YEAR = /(?<!\d ?)([12]) (\d) (\d) (\d)(?= ?年(?!级))/g;

function withOcrFixes(s: string): string {
  const numeral = (_: string, before: string, mark: string, after: string) => `${before}${OCR_NUMERALS[mark] ?? mark}${after}`;
  return s
    .replace(OCR_CHAPTER, numeral)
    .replace(OCR_SUB_CHAPTER, numeral)
    .replace(OCR_PER_MILLE, "‰")
    .replace(OCR_FULL_STOP, "。")
    .replace(OCR_ZERO, "0")
    .replace(SPACED_YEAR, "$1$2$3$4");
}

// Emoji drawn as pictures (📌👇💡), not symbols a table uses as text (☑ ✔ ✖ √ stay).
const PICTOGRAPHS = /[\p{Emoji_Presentation}\u{FE0F}\u{200D}]/gu;

export function normalizeLine(raw: string): string {
  let s = raw.replace(CJK_LOOKALIKES, (ch) => ch.normalize("NFKC"));
  s = s.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  s = s.replace(FULLWIDTH_LATIN, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = s.replace(/％/g, "%");
  // ８５．２％: a full-width point between digits is a decimal point, as 85.2 is.
  s = s.replace(/(?<=\d)．(?=\d)/g, ".");
  s = s.replace(PUNCTUATION_VARIANTS, (ch) => ch.normalize("NFKC")).replace(HALF_WIDTH_FULL_STOP, "。");
  s = s.replace(INVISIBLE, "").replace(CONTROL, "").replace(ODD_SPACES, " ");
  // Markdown emphasis survives some converters (**一是**); it is never content.
  s = withOcrFixes(s.replace(/\*\*/g, ""));
  // A plan pasted from a WeChat article or a Markdown file: ## headings, > quotes, - bullets, --- rules, emoji.
  s = s.replace(/^\s*(?:#{1,6}\s+|>\s+|>(?=[\u4e00-\u9fa5])|[-*+•]\s+)/, "").replace(/^\s*([-*_])\1{2,}\s*$/, "");
  s = s.replace(PICTOGRAPHS, "");
  s = s.replace(/ {2,}/g, " ");
  return s.trim();
}

/** Lone page numbers, "- 3 -", "第 3 页 共 10 页", "3/10". */
export function isPageArtefact(text: string): boolean {
  return (
    /^[-－—–\s]*\d{1,4}[-－—–\s]*$/.test(text) || /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/.test(text) || /^\d{1,4}\s*\/\s*\d{1,4}$/.test(text)
  );
}

/** Normalised non-empty lines, page artefacts removed. */
export function toSourceLines(input: string): SourceLine[] {
  const out: SourceLine[] = [];
  splitRawLines(input).forEach((raw, i) => {
    const text = normalizeLine(raw);
    if (text && !isPageArtefact(text)) out.push({ line: i + 1, text });
  });
  return out;
}

/** Display width: CJK counts double. Used to detect hard-wrapped documents. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0000-\u00FF]/.test(ch) ? 1 : 2;
  return w;
}

// A bracket after the full stop (…建设。（计划财务股牵头，县发改局配合）) is the sentence's assignment: it ends there too.
const TERMINAL = /[。！？!?][”’」』）)"]*(?:[（(][^（()）]{1,150}[)）])?$/;

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}

export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, "");
}
