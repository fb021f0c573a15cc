/**
 * Unit and leader lists that a narrow page or a PDF's text layer broke over
 * lines: “责任单位：基教科、体卫艺德育” / “科、基教科、财务科”. A following line
 * continues the list when the list line left off without closing its sentence
 * and the new line reads as more of the list: names of units (or people),
 * possibly starting with the fragment that completes the last name of the line
 * before. Anything else (a sentence, “加强督导检查”) is prose of its own.
 */
import { looksLikePersonName, looksLikeUnitName } from "./names";
import { trimEndOf } from "./text";

export type ListKind = "leaders" | "units";

const SEPARATORS = /[、，,；;\s]+/;
const ENDS_WITH_SEPARATOR = /[、，,；;\s]$/;
const STARTS_WITH_SEPARATOR = /^[、，,；;]/;
const CLOSED = /[。！？!?]$/;
/** Longer than this is a clause, not a name in a list. */
const MAX_NAME_CHARS = 20;
/** The piece that finishes a broken name: “科”, “育科”, “发展中心”, “建华”. */
const MAX_FRAGMENT_CHARS = 6;

const dropBrackets = (s: string) => s.replace(/[（(][^）)]*[）)]/g, "");

function pieces(text: string): string[] {
  return trimEndOf(dropBrackets(text), /[。．.；;]/)
    .split(SEPARATORS)
    .filter(Boolean);
}

/** A single padded character (“孙 强”) is part of a name in a leaders list. */
function complete(kind: ListKind, piece: string): boolean {
  if (kind === "units") return looksLikeUnitName(piece);
  return looksLikePersonName(piece) || /^[\u4e00-\u9fa5]$/.test(piece);
}

/** `text` is more of the list whose last line so far is `prev` (undefined: the label line had no value). */
/** 督办单位：督导室: a line a label opens (one the parser knows or not) is a field of its own, never more names. */
const OPENS_WITH_LABEL = /^[【[]?[\u4e00-\u9fa5]{2,8}[】\]]?\s*[:：]/;

export function continuesList(kind: ListKind, prev: string | undefined, text: string): boolean {
  if ((prev !== undefined && CLOSED.test(prev)) || OPENS_WITH_LABEL.test(text)) return false;
  const ps = pieces(text);
  if (ps.length === 0 || ps.some((p) => Array.from(p).length > MAX_NAME_CHARS)) return false;
  const first = ps[0] ?? "";
  const lastBefore = prev === undefined || ENDS_WITH_SEPARATOR.test(prev) ? "" : (pieces(prev).pop() ?? "");
  // A long fragment is accepted only when the line before visibly stopped inside a name (县示范性 | 高级中学附属小学).
  const fragmentOk = Array.from(first).length <= MAX_FRAGMENT_CHARS || !complete(kind, lastBefore);
  const firstOk = complete(kind, first) || (lastBefore !== "" && fragmentOk && complete(kind, lastBefore + first));
  if (!firstOk) return false;
  // The line may itself be broken: its last name can be a fragment the next line completes.
  const inner = ps.slice(1, -1);
  const last = ps.length > 1 ? (ps[ps.length - 1] ?? "") : null;
  const lastOk = last === null || complete(kind, last) || (!CLOSED.test(text) && Array.from(last).length <= MAX_FRAGMENT_CHARS + 2);
  return lastOk && inner.every((p) => complete(kind, p));
}

/** Length of the run of one-character tokens at the end (or start) of a space-separated line. */
function singleRun(tokens: string[]): number {
  let n = 0;
  while (n < tokens.length && Array.from(tokens[n] ?? "").length === 1) n++;
  return n;
}

/**
 * Whether the line break between `before` and `after` separated two names
 * (a space in a space-separated list) or cut through one (nothing).
 */
function breakSeparator(kind: ListKind, before: string, after: string, spaced: boolean): string {
  if (!spaced || ENDS_WITH_SEPARATOR.test(before) || STARTS_WITH_SEPARATOR.test(after)) return "";
  const tail = before.split(/\s+/).filter(Boolean);
  const head = after.split(/\s+/).filter(Boolean);
  if (kind === "leaders") {
    // Padded two-character names come in pairs: an odd run left a surname (or a given name) alone.
    const cut = singleRun([...tail].reverse()) % 2 === 1 || singleRun(head) % 2 === 1;
    return cut ? "" : " ";
  }
  return complete(kind, tail[tail.length - 1] ?? "") ? " " : "";
}

/** The lines of one list field as one value, each break read as a separator or as a cut name. */
export function joinListLines(kind: ListKind, lines: string[]): string {
  // Without any 、/， the list is space-separated (or one name a line): the break may have eaten a space.
  const spaced = lines.some((l) => / /.test(l)) || !lines.some((l) => /[、，,；;]/.test(l));
  let out = lines[0] ?? "";
  for (const line of lines.slice(1)) out += breakSeparator(kind, out, line, spaced) + line;
  return out;
}
