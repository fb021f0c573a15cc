// A Word document may mark its structure by heading styles alone: 坚持党建引领
// in 标题 1, 加强党的政治建设 in 标题 2, no number typed and no automatic
// numbering (or by outline levels, 大纲级别, which docx-reader.mjs reads as
// heading levels). The parser reads structure from heading numbers (一、
// （一） 1.), so such a document gives them here, as Word's automatic
// numbering gives its rendered numbers: by the heading's rank among the
// levels used (the shallowest 一、, then （一）, 1., （1）, ①), counted under
// each parent. The parser then decides what is a section and what a task, as
// for typed numbers.
//
// Only when the styles are the document's only structure: nothing changes if a
// heading carries number text of its own (typed or automatic), if the body
// types its own chapter numbers (一、 or 第一章 in ordinary paragraphs: the
// styles are then decoration), if fewer than two headings would be numbered,
// or if nearly every paragraph is at the one level. The title in a heading
// style is not numbered (nor the plan's own title after a cover letter whose
// notice is in one), nor a signature's issuer and date at the end, nor
// anything from the first 附件 on (the annex is not the plan's structure):
// numbered, each would become an empty section, or a section holding the
// whole plan.
import type { DocxBlock } from "@/lib/files/parse-jobs";
import { parseDateLine } from "@/lib/plans/parser/front-matter";
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
  const signature = signatureLines(blocks, annex < 0 ? undefined : paragraphs[annex]);
  const styled = plan.filter((p) => p.headingLevel !== undefined && p.text.trim() !== "" && !signature.has(p));
  if (styled.some((p) => matchNumberedHeading(p.text.trim()))) return blocks;
  const numbersItself = plan.some((p) => p.headingLevel === undefined && (matchNumberedHeading(p.text.trim())?.rank ?? Infinity) <= RANK.cn);
  if (numbersItself) return blocks;
  const title = titleHeadings(plan, styled);
  const rest = styled.filter((p) => !title.has(p));
  const planTitle = planTitleAfterLetter(plan, rest);
  const headings = rest.filter((p) => !planTitle.has(p));
  if (headings.length < 2) return blocks;
  const levels = [...new Set(headings.map((p) => p.headingLevel!))].sort((a, b) => a - b).slice(0, MARKERS.length);
  if (levels.length === 1 && isMostlyHeadings(plan, headings)) return blocks;

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
 * Nearly every paragraph at one level is no structure but a whole text given
 * one outline level (WPS's 大纲级别 set on a selection of everything): numbered,
 * each paragraph would become a section of its own.
 */
function isMostlyHeadings(plan: Paragraph[], headings: Paragraph[]): boolean {
  const written = plan.filter((p) => p.text.trim() !== "").length;
  return headings.length > 0.8 * written;
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
  // A set: a hostile file's run may be every paragraph of the document, each looked up once per heading.
  const run = new Set<Paragraph>();
  for (let i = start; i < plan.length && plan[i]!.headingLevel === first.headingLevel && plan[i]!.text.trim() !== ""; i++) run.add(plan[i]!);
  const opens = plan.slice(0, start).every((p) => p.text.trim() === "");
  const alone = styled.every((p) => run.has(p) || p.headingLevel! > first.headingLevel!);
  return opens || alone ? run : new Set();
}

/** The genres a plan's title names (as PLAN_KEYWORD in front-matter.ts, less the words a section is often named by: 任务, 措施, 目标, 安排). */
const PLAN_GENRE = /(?:要点|规划|方案|计划|意见|纲要|清单|办法|细则)$/;
/** A title is a name: no clause punctuation (outside the 《》 it may quote). */
const CLAUSE_PUNCTUATION = /[，。；！？,;!?：:]/;
/** A cover letter names the plan it sends: 关于印发《…》的通知. */
const NOTICE = /关于(?:印发|转发|下发)|的通知/;
/** Lines of a title broken over several paragraphs. */
const MAX_TITLE_LINES = 3;

const squeeze = (text: string) => text.replace(/\s+/g, "");

/**
 * The plan's own title, set in a heading style after a cover letter (the
 * notice's title in a heading style too, or in plain text while the sections
 * share the title's style): the first heading left, at the shallowest level of
 * those after it, when it repeats a title the letter names in 《》, or when it
 * names a plan's genre (…工作要点, …方案) and the letter is a notice. A plan
 * that opens with its title has no letter before its first section, which
 * keeps its number even when it is named 重点任务清单.
 */
function planTitleAfterLetter(plan: Paragraph[], headings: Paragraph[]): Set<Paragraph> {
  const first = headings[0];
  if (!first) return new Set();
  const start = plan.indexOf(first);
  const before = squeeze(
    plan
      .slice(0, start)
      .map((p) => p.text)
      .join(""),
  );
  const named = new Set([...before.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!));
  const run: Paragraph[] = [];
  for (let i = start; i < plan.length && run.length < MAX_TITLE_LINES && plan[i]!.headingLevel === first.headingLevel && plan[i]!.text.trim(); i++)
    run.push(plan[i]!);
  for (let k = 1; k <= run.length; k++) {
    const lines = run.slice(0, k);
    const body = headings.filter((p) => !lines.includes(p));
    if (body.length === 0 || body.some((p) => p.headingLevel! < first.headingLevel!)) break;
    const text = squeeze(lines.map((p) => p.text).join(""));
    const genre = PLAN_GENRE.test(text) && text.length >= 4 && !CLAUSE_PUNCTUATION.test(text.replace(/《[^》]*》/g, "")) && NOTICE.test(before);
    if (named.has(text) || genre) return new Set(lines);
  }
  return new Set();
}

/** An issuer's name: short, no punctuation, ending as a body's name does. */
const ORG_NAME = /^[^，。；：:、,;!?！？]{2,30}(?:局|委员会|委|政府|小组|办公室|办|厅|中心|学校|研究院|工委|党委|党组|部|院|校|所|室|科|股|会)$/;

/**
 * The signature at the very end of the plan (before any 附件): its date line
 * (2025年3月6日) and the issuer(s) named next to it. Set in a heading style,
 * they are no sections; left as they are, the parser reads them as the
 * issuer and the date.
 */
function signatureLines(blocks: DocxBlock[], annex: Paragraph | undefined): Set<Paragraph> {
  const end = annex ? blocks.indexOf(annex) : blocks.length;
  const tail: { paragraph: Paragraph; date: boolean }[] = [];
  for (let i = end - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== "paragraph") break;
    const text = squeeze(block.text);
    if (!text) continue;
    const date = parseDateLine(text) !== null;
    if (!date && !ORG_NAME.test(text)) break;
    tail.push({ paragraph: block, date });
  }
  // Names with no date after or under them are the plan's last headings, not a signature.
  const lines = new Set<Paragraph>();
  if (tail.some((line) => line.date)) for (const { paragraph } of tail) lines.add(paragraph);
  return lines;
}

const CN_DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (no plan has a hundred headings at one level). */
function chineseCount(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 100) return `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ""}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  return String(n);
}
