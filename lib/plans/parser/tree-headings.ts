/**
 * Is a numbered line a heading, and where does its title end? Converters
 * break lines anywhere, so “1、” may start a wrapped line of prose, and a
 * long title may continue on the next line.
 */
import type { ParseWarning } from "./types";
import { endsSentence, type SourceLine } from "./normalize";
import { matchNumberedHeading, matchSpecialHeading, RANK, type HeadingMatch } from "./headings";
import { matchLabelLine } from "./fields";
import { isProseField, lastItem, type Node } from "./tree";
import type { FullLines } from "./tree-text";

/**
 * （1） and ① are the enumeration levels of official documents: inside a task
 * that already has content they list its measures, they do not open sub-tasks.
 */
const ENUMERATION_RANK = RANK["paren-arabic"];
/**
 * A title that fills wrapped lines continues on a few more at most. Past that
 * it is a paragraph that starts with a number and has not reached its full
 * stop yet: the seed glossary entry 金凤 “12345”工作思路 runs nine wrapped
 * lines on colons and semicolons alone.
 */
const MAX_TITLE_CONTINUATION_LINES = 3;
/**
 * Outside hard-wrapped pages a title breaks only where a converter or a soft
 * return cut a long line: the line must be long (20 of the 28 characters an
 * official document's line holds, GB/T 9704) and the tail short, a few words such as
 * “体系建设” or “质量提升行动”, and not a sentence of its own.
 */
const SPLIT_TITLE_MIN_CHARS = 20;
const TITLE_TAIL_MAX_CHARS = 12;

/** Neither a heading, a label line nor a table row: ordinary prose. */
export function isPlainLine(text: string): boolean {
  return !matchNumberedHeading(text) && !matchSpecialHeading(text) && !matchLabelLine(text) && !text.includes("\t");
}

/** A deeper number inside a task's running content is an item of that content. */
function isItemOfOpenTask(h: HeadingMatch, top: Node): boolean {
  if (top.kind !== "numbered" || h.rank <= top.rank) return false;
  return isProseField(lastItem(top)) || (h.rank >= ENUMERATION_RANK && top.items.length > 0);
}

/** The node a heading of this rank would hang under: the nearest open node of a higher rank. */
function parentFor(stack: readonly Node[], root: Node, rank: number): Node {
  for (let i = stack.length - 1; i >= 0; i--) {
    const n = stack[i];
    if (n && (n === root || n.rank < rank)) return n;
  }
  return root;
}

export interface HeadingContext {
  root: Node;
  stack: readonly Node[];
  /** The last number seen per rank, across sections (“3.” may follow “2.” of the previous （一）). */
  lastNumber: ReadonlyMap<number, number>;
  warnings: ParseWarning[];
}

/**
 * Numbering that does not fit the sequence is usually a wrapped line starting
 * with “1、”: refused when the line before is open prose, otherwise accepted
 * with a warning.
 */
export function acceptHeading(ctx: HeadingContext, h: HeadingMatch, line: SourceLine, prev: SourceLine | undefined): boolean {
  const top = ctx.stack[ctx.stack.length - 1] ?? ctx.root;
  if (isItemOfOpenTask(h, top)) return false;
  // The last sibling of this rank, found from the end: filtering every child per heading was quadratic in a flat list.
  const children = parentFor(ctx.stack, ctx.root, h.rank).children;
  let lastSibling = 0;
  for (let i = children.length - 1; i >= 0; i--) {
    if (children[i]!.rank === h.rank) {
      lastSibling = children[i]!.number ?? 0;
      break;
    }
  }
  if (h.number === 1 || h.number === lastSibling + 1 || h.number === (ctx.lastNumber.get(h.rank) ?? 0) + 1) return true;
  if (prev && !endsSentence(prev.text) && isPlainLine(prev.text)) return false;
  ctx.warnings.push({ line: line.line, message: `编号不连续：“${h.marker}”前一个同级编号为 ${lastSibling || "无"}` });
  return true;
}

/** The next line finishes the title: the title filled a hard-wrapped line, or a long title left a short tail. */
function continuesTitle(cur: SourceLine, next: SourceLine, after: SourceLine | undefined, full: FullLines): boolean {
  if (!isPlainLine(next.text)) return false;
  if (full.has(cur.line)) return true;
  return (
    cur.text.length >= SPLIT_TITLE_MIN_CHARS &&
    next.text.length <= TITLE_TAIL_MAX_CHARS &&
    !endsSentence(next.text) &&
    !/^(表|图)/.test(next.text) &&
    (!after || !isPlainLine(after.text))
  );
}

/**
 * The heading text `rest` of lines[start] joined with the lines that continue
 * it, and the index of the last line used.
 */
export function joinWrappedTitle(lines: readonly SourceLine[], start: number, rest: string, full: FullLines): { rest: string; last: number } {
  let last = start;
  while (last + 1 < lines.length && last - start < MAX_TITLE_CONTINUATION_LINES && !/[。！？!?]/.test(rest)) {
    const next = lines[last + 1] as SourceLine;
    if (!continuesTitle(lines[last] as SourceLine, next, lines[last + 2], full)) break;
    rest += next.text;
    last++;
  }
  return { rest, last };
}
