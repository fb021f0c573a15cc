/**
 * Running page headers/footers: a PDF repeats the document title or the
 * issuer on every page, and extraction drops those lines into the middle of
 * paragraphs. A short line that recurs verbatim three or more times, and is
 * neither a label nor a heading, is treated as page furniture. The first
 * occurrence is kept (it is usually the real title) and a warning says what
 * was removed.
 */
import type { ParseWarning } from "./types";
import { removeSpaces, type SourceLine } from "./normalize";
import { matchNumberedHeading, matchSpecialHeading } from "./headings";
import { matchLabelLine } from "./fields";

export function dropRunningHeaders(lines: SourceLine[], warnings: ParseWarning[]): SourceLine[] {
  const counts = new Map<string, number>();
  const candidate = (l: SourceLine) =>
    l.text.length <= 40 && !/[。；，！？;,!?]$/.test(l.text) && !matchLabelLine(l.text) && !matchNumberedHeading(l.text) && !matchSpecialHeading(l.text);
  for (const l of lines) {
    if (!candidate(l)) continue;
    const key = removeSpaces(l.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const reported = new Set<string>();
  return lines.filter((l) => {
    const key = removeSpaces(l.text);
    if (!candidate(l) || (counts.get(key) ?? 0) < 3) return true;
    if (!seen.has(key)) {
      seen.add(key);
      return true;
    }
    if (!reported.has(key)) {
      reported.add(key);
      warnings.push({ line: l.line, message: `已删除重复出现的页眉/页脚：“${l.text}”（共${counts.get(key)}处）` });
    }
    return false;
  });
}
