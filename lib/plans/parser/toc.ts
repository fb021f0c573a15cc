/**
 * Table-of-contents removal. Two shapes occur:
 *  - entries with dot leaders and page numbers ("一、 发展基础.....\t1");
 *  - plain heading lines under 目录 that are repeated later in the body.
 */
import type { SourceLine } from "./normalize";
import { removeSpaces } from "./normalize";
import { matchNumberedHeading } from "./headings";

const LEADER_ENTRY = /(\.{3,}|…{2,}|·{3,}|．{3,}|-{4,}|_{4,}|－{3,})\s*\d{1,4}\s*$/;

export function isTocHeader(text: string): boolean {
  return /^(目录|目次)$/.test(removeSpaces(text));
}

export function isLeaderEntry(text: string): boolean {
  if (LEADER_ENTRY.test(text)) return true;
  // "一、发展基础<TAB>1": a heading followed by a tab and a bare page number.
  return /\t\s*\d{1,4}\s*$/.test(text) && matchNumberedHeading(text.replace(/\t.*$/, "").trim()) !== null;
}

function entryKey(text: string): string {
  return removeSpaces(text.replace(LEADER_ENTRY, "").replace(/\t.*$/, ""));
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
      const later = (i: number) => {
        const key = entryKey(lines[i]?.text ?? "");
        return key !== "" && lines.some((l, k) => k > i && entryKey(l.text) === key);
      };
      let end = headerIdx + 1;
      while (end < lines.length && end - headerIdx <= 80 && (lines[end]?.text.length ?? 99) <= 40 && later(end)) end++;
      if (end > headerIdx + 1) for (let i = headerIdx; i < end; i++) drop.add(i);
    }
  }
  return lines.filter((_, i) => !drop.has(i));
}
