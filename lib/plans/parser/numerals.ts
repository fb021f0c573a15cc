/** Chinese numerals as they appear in headings (十二、), years (二〇二一) and targets (十所). */

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  "○": 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** "十二" → 12, "二十四" → 24, "一百零五" → 105, "两" → 2. Null if not a numeral. */
export function parseChineseNumber(s: string): number | null {
  if (!s || s.length > 12) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch] ?? 0;
    } else if (ch in MULTIPLIER) {
      const m = MULTIPLIER[ch] ?? 1;
      if (m === 10000) {
        total += (section + (digit ?? 0)) * m;
        section = 0;
      } else {
        section += (digit ?? 1) * m;
      }
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Digit-by-digit reading used for years: "二〇二一" → 2021. */
export function parseChineseDigits(s: string): number | null {
  let out = "";
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d === undefined || ch === "两") return null;
    out += String(d);
  }
  return out ? Number(out) : null;
}

/** Arabic or Chinese integer. */
export function parseAnyNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseNumber(s);
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
export function parseCircled(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i >= 0 ? i + 1 : null;
}
