// One spelling per person. Documents pad two-character names to the width of
// three-character ones ("赵 丽", "赵　丽" with a full-width space), and copies
// from PDFs carry look-alike or invisible characters; all of them name the
// same 责任领导 as "赵丽". Pure: the plans import, the members import and the
// leader links all compare names through it.

const HAN = "\\u3400-\\u9fff\\uf900-\\ufaff";
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Whitespace touching a Han character is padding, never part of a Chinese name. */
const PADDING = new RegExp(`(?<=[${HAN}·])\\s+|\\s+(?=[${HAN}·])`, "gu");

export function normalisePersonName(raw: string): string {
  return raw
    .normalize("NFKC") // full-width letters and spaces, compatibility ideographs, "･" → ordinary forms
    .replace(INVISIBLE, "")
    .replace(/[•・]/g, "·")
    .replace(PADDING, "")
    .replace(/\s+/g, " ")
    .trim();
}
