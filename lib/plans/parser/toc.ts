/**
 * Table-of-contents removal. Two shapes occur:
 *  - entries with dot leaders and page numbers ("一、 发展基础.....\t1");
 *  - plain heading lines under 目录 that are repeated later in the body.
 */
import type { SourceLine } from "./normalize";
import { removeSpaces } from "./normalize";
import { matchNumberedHeading } from "./headings";

/** A leader run right before the page number ("一、 发展基础……1"). */
const LEADER_AT_END = /(?:\.{3}|…{2}|·{3}|．{3}|-{4}|_{4}|－{3})$/;

export function isTocHeader(text: string): boolean {
  return /^(目录|目次)$/.test(removeSpaces(text));
}

/**
 * A line ending in a page number (1–4 digits, spaces after it): what comes
 * before, and the spaces between. Found from the end once: a regex such as
 * /\t\s*\d{1,4}\s*$/ retries from every tab of a hostile line of 80 000
 * (seconds per line).
 */
function splitPageNumber(text: string): { before: string; gap: string } | null {
  const t = text.trimEnd();
  const page = /\d{1,4}$/.exec(t);
  if (!page) return null;
  const head = t.slice(0, page.index);
  const before = head.trimEnd();
  return { before, gap: head.slice(before.length) };
}

export function isLeaderEntry(text: string): boolean {
  const page = splitPageNumber(text);
  if (!page) return false;
  if (LEADER_AT_END.test(page.before)) return true;
  // "一、发展基础<TAB>1": a heading followed by a tab and a bare page number.
  return page.gap.includes("\t") && matchNumberedHeading(text.replace(/\t.*$/, "").trim()) !== null;
}

/** The text without the run of one character it ends with (a leader: ……, ----). By hand: /\.+$/ retries from every dot of an earlier run. */
function withoutTrailingRun(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === text[text.length - 1]) end--;
  return text.slice(0, end);
}

/**
 * 第一章    发展基础    1: an entry of a table of contents printed with spaces,
 * as a .txt keeps it before its lines are normalised (textDocument asks, so
 * that such lines are no spaced table).
 */
export function isSpacedTocEntry(text: string): boolean {
  const page = splitPageNumber(text);
  return page !== null && /[ \u3000]{2}$/.test(page.gap) && matchNumberedHeading(text.trim()) !== null;
}

/** An entry's words, without its leader, its page number (after a leader or a space: 第二章 重点任务 3) or anything after a tab. */
function entryKey(text: string): string {
  const page = splitPageNumber(text);
  const words = !page ? text : LEADER_AT_END.test(page.before) ? withoutTrailingRun(page.before) : page.gap ? page.before : text;
  return removeSpaces(words.replace(/\t.*$/, ""));
}

/** Returns the lines with the table of contents removed. */
export function stripToc(lines: SourceLine[]): SourceLine[] {
  const drop = new Set<number>();
  lines.forEach((l, i) => {
    if (isLeaderEntry(l.text)) drop.add(i);
  });
  const headerIdx = lines.findIndex((l) => isTocHeader(l.text));
  if (headerIdx >= 0) {
    let hasEntries = false;
    for (let i = headerIdx + 1; i < Math.min(lines.length, headerIdx + 4); i++) if (drop.has(i)) hasEntries = true;
    if (hasEntries) drop.add(headerIdx);
    else {
      // Plain TOC: the entries right under 目录 whose text reappears later in the body.
      const lastLineOf = new Map<string, number>();
      lines.forEach((l, k) => lastLineOf.set(entryKey(l.text), k));
      const later = (i: number) => {
        const key = entryKey(lines[i]?.text ?? "");
        return key !== "" && (lastLineOf.get(key) ?? -1) > i;
      };
      let end = headerIdx + 1;
      while (end < lines.length && end - headerIdx <= 80 && (lines[end]?.text.length ?? 99) <= 40 && later(end)) end++;
      if (end > headerIdx + 1) for (let i = headerIdx; i < end; i++) drop.add(i);
    }
  }
  return lines.filter((_, i) => !drop.has(i));
}
