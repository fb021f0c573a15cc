// A Word document may mark its structure by heading styles alone: 坚持党建引领
// in 标题 1, 加强党的政治建设 in 标题 2, no number typed and no automatic
// numbering. The parser reads structure from heading numbers (一、 （一） 1.),
// so such a document gives them here, as Word's automatic numbering gives its
// rendered numbers: by the heading's rank among the levels used (the
// shallowest 一、, then （一）, 1., （1）, ①), counted under each parent. The
// parser then decides what is a section and what a task, as for typed numbers.
//
// Only when the styles are the document's only structure: nothing changes if a
// heading carries number text of its own (typed or automatic), if the body
// types its own chapter numbers (一、 or 第一章 in ordinary paragraphs: the
// styles are then decoration), or if fewer than two headings would be
// numbered. The title in a heading style is not numbered, and neither is
// anything from the first 附件 on (the annex is not the plan's structure).
import type { DocxBlock } from "@/lib/files/parse-jobs";
import { matchNumberedHeading, matchSpecialHeading, RANK } from "@/lib/plans/parser/headings";

type Paragraph = Extract<DocxBlock, { kind: "paragraph" }>;

const MARKERS: ((n: number) => string)[] = [
  (n) => `${chineseCount(n)}、`,
  (n) => `（${chineseCount(n)}）`,
  (n) => `${n}. `,
  (n) => `（${n}）`,
  (n) => (n <= 20 ? `${String.fromCodePoint(0x2460 + n - 1)} ` : `（${n}）`),
];

export function withHeadingMarkers(blocks: DocxBlock[]): DocxBlock[] {
  const paragraphs = blocks.filter((b): b is Paragraph => b.kind === "paragraph");
  const annex = paragraphs.findIndex((p) => matchSpecialHeading(p.text.trim())?.kind === "attachment");
  const plan = annex < 0 ? paragraphs : paragraphs.slice(0, annex);
  const styled = plan.filter((p) => p.headingLevel !== undefined && p.text.trim() !== "");
  if (styled.some((p) => matchNumberedHeading(p.text.trim()))) return blocks;
  const numbersItself = plan.some((p) => p.headingLevel === undefined && (matchNumberedHeading(p.text.trim())?.rank ?? Infinity) <= RANK.cn);
  if (numbersItself) return blocks;
  const title = titleHeadings(plan, styled);
  const headings = styled.filter((p) => !title.has(p));
  if (headings.length < 2) return blocks;

  const levels = [...new Set(headings.map((p) => p.headingLevel!))].sort((a, b) => a - b).slice(0, MARKERS.length);
  const counts: number[] = [];
  const marked = new Map<Paragraph, string>();
  for (const p of headings) {
    const rank = levels.indexOf(p.headingLevel!);
    if (rank < 0) continue;
    counts[rank] = (counts[rank] ?? 0) + 1;
    counts.length = rank + 1;
    marked.set(p, MARKERS[rank]!(counts[rank]) + p.text.trim());
  }
  return blocks.map((b) => (b.kind === "paragraph" && marked.has(b) ? { ...b, text: marked.get(b)! } : b));
}

/**
 * The document's title set in a heading style: the first heading's run of
 * same-level paragraphs (a title broken over two lines) when it opens the
 * document, or when that level is used nowhere else and comes before every
 * other heading (a title under a letterhead or a cover letter).
 */
function titleHeadings(plan: Paragraph[], styled: Paragraph[]): Set<Paragraph> {
  const first = styled[0];
  if (!first) return new Set();
  const start = plan.indexOf(first);
  const run: Paragraph[] = [];
  for (let i = start; i < plan.length && plan[i]!.headingLevel === first.headingLevel && plan[i]!.text.trim() !== ""; i++) run.push(plan[i]!);
  const opens = plan.slice(0, start).every((p) => p.text.trim() === "");
  const alone = styled.every((p) => run.includes(p) || p.headingLevel! > first.headingLevel!);
  return opens || alone ? new Set(run) : new Set();
}

const CN_DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (no plan has a hundred headings at one level). */
function chineseCount(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 100) return `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ""}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  return String(n);
}
