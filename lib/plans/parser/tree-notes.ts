/**
 * Numbered notes under 说明 / 备注 / 注 (“说明：1.本表所列任务… 2.…”, after a
 * table or at the end of a plan) are plan text, not tasks. The block runs
 * while the numbers follow its own 1, 2, 3…; any other number, or a 一、
 * level heading, ends it and the plan resumes where it was. A 规划's box
 * (“专栏2 义务教育重点工程” over “1.学校建设工程：…”) is read the same way: its
 * items illustrate the task above, they are not tasks of their own.
 *
 * So are a notice's closing requirements (督办通知, 工作方案): 办理要求：
 * alone on its line over 1. 2. after the last item, addressed to every unit.
 * The same label may instead be an item's own field (办理要求 is a measures
 * label of a 督办单, 具体要求： may head a task's steps): only a label the
 * document uses once, after an item with content of its own, whose numbered
 * notes run to the end of the plan (closesThePlan), opens them (structure.ts).
 */
import type { SourceLine } from "./normalize";
import { matchNumberedHeading, matchSpecialHeading, RANK, REQUIREMENT_WORD } from "./headings";
import { extractInlineFields, matchLabelLine } from "./fields";
import { NOTE_WORD } from "./form-fields";

const NOTES_LABEL = new RegExp(`^(${NOTE_WORD})\\s*[:：]?\\s*(.*)$`);
/** A last chapter's names for the requirements; as a bare label 具体要求：/其他事项： heads an item's steps or more items as often. */
const CLOSING_CHAPTER_WORD = `(?:${REQUIREMENT_WORD}|具体要求|有关事项|其他事项)`;
// The colon's spaces only after a colon: \s*[:：]?\s*$ backtracks over a long run of tabs.
const CLOSING_LABEL = new RegExp(`^(${REQUIREMENT_WORD})\\s*(?:[:：]\\s*)?$`);
const CLOSING_LABEL_USE = new RegExp(`^(${REQUIREMENT_WORD})\\s*(?:[:：]|$)`);
const BOX_TITLE = /^专栏\s*[\d一二三四五六七八九十]{0,3}(?![\u4e00-\u9fa5]{0,2}[，。；])/;

export interface NotesStart {
  title: string;
  /** “1.本表…” when the first note shares the label's line. */
  firstNote: string;
  /** A 专栏 rather than notes. */
  box: boolean;
  /** A notice's closing requirements (办理要求：), to be confirmed by the document's use of the label. */
  closing: boolean;
}

/** How often each closing label opens a line (办理要求：…, 办理要求 alone): used once, it may close the document. */
export function countClosingLabels(lines: readonly SourceLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const word = CLOSING_LABEL_USE.exec(l.text)?.[1];
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The label opens notes only when numbered notes starting at 1 follow it (on its line or the next). */
export function matchNotesStart(line: SourceLine, next: SourceLine | undefined): NotesStart | null {
  // Notes are numbered 1. / （1） / ①; a 一、 after 说明 is a heading of the plan.
  const numbered = (text: string | undefined) => {
    const h = text ? matchNumberedHeading(text) : null;
    return h !== null && h.number === 1 && h.rank > RANK.cn;
  };
  if (BOX_TITLE.test(line.text))
    return numbered(next?.text) ? { title: line.text.replace(/\s+/g, " ").trim(), firstNote: "", box: true, closing: false } : null;
  const closing = CLOSING_LABEL.exec(line.text);
  if (closing) return numbered(next?.text) ? { title: closing[1]!, firstNote: "", box: false, closing: true } : null;
  const m = NOTES_LABEL.exec(line.text);
  if (!m) return null;
  const rest = (m[2] ?? "").trim();
  if (rest ? !numbered(rest) : !numbered(next?.text)) return null;
  // “注” alone after a colon-less line would be prose (注重…): the bare 注 needs its colon.
  if ((m[1] ?? "") === "注" && !/^注\s*[:：]/.test(line.text)) return null;
  return { title: m[1] ?? "说明", firstNote: rest, box: false, closing: false };
}

/** Who does it (责任单位, 牵头单位, 责任领导): what an item names and a notice's requirements do not. */
const assigns = (kind: string) => kind === "units" || kind === "leaders";
/** A notice's own deadline line under its requirements (截止时间：…, 报送时间：…), unlike an item's 完成时限. */
const NOTICE_DEADLINE = /^(?:截止|报送|反馈)/;

/**
 * The numbered notes from lines[start] run to the end of the plan: their own
 * 1, 2, 3… at one rank (with their sub-points, （1）（2）, and prose between
 * them: 联系人：…, 截止时间：…), and at most an 附件 after them. Another number
 * at their rank or above, or an assignment (责任单位：…, （牵头单位：…）) means
 * the label headed items of the plan, not the close of the document.
 */
export function closesThePlan(lines: readonly SourceLine[], start: number): boolean {
  const first = matchNumberedHeading(lines[start]?.text ?? "");
  if (!first) return false;
  let next = 1;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (matchSpecialHeading(text)?.kind === "attachment") return true;
    const h = matchNumberedHeading(text);
    if (h && h.rank <= first.rank) {
      if (h.rank !== first.rank || h.number !== next) return false;
      next++;
    }
    if (assignsSomeone(text) || isItemField(h ? null : text)) return false;
  }
  return true;
}

/** A field of an item (工作举措：, 目标任务：, 完成时限：…): the notes are items of the plan. */
function isItemField(text: string | null): boolean {
  const label = text === null ? null : matchLabelLine(text);
  return label !== null && !(label.def.kind === "deadline" && NOTICE_DEADLINE.test(label.label));
}

const CLOSING_SECTION = new RegExp(`^${CLOSING_CHAPTER_WORD}[。：:]?$`);

/**
 * The index of a plan's last chapter when it is its closing requirements by
 * another name (三、具体要求 / 有关事项 / 其他事项 over notes that assign no
 * one, in a plan whose tasks do), or -1. 二、其他事项 over 3. 做好信访工作。
 * 责任单位：办公室 is a chapter of tasks like any other.
 */
export function closingChapterAt(lines: readonly SourceLine[]): number {
  let last = -1;
  for (const [i, l] of lines.entries()) if ((matchNumberedHeading(l.text)?.rank ?? Infinity) <= RANK.cn) last = i;
  const chapter = last < 0 ? null : matchNumberedHeading(lines[last]!.text);
  if (!chapter || !CLOSING_SECTION.test(chapter.rest.replace(/\s+/g, ""))) return -1;
  for (let i = last + 1; i < lines.length; i++) if (assignsSomeone(lines[i]!.text) || isItemField(lines[i]!.text)) return -1;
  if (continuesNumbering(lines, last)) return -1;
  return namesSomeoneBefore(lines, last) ? last : -1;
}

/** The line names who does it: 责任单位：…, or an item's （牵头单位：…）. */
function assignsSomeone(text: string): boolean {
  const h = matchNumberedHeading(text);
  const label = h ? null : matchLabelLine(text);
  return (label !== null && assigns(label.def.kind)) || extractInlineFields(h ? h.rest : text).fields.some((f) => assigns(f.def.kind));
}

/** The chapter's first item numbers on from the items before it (二、其他事项 / 3. …): it holds tasks. */
function continuesNumbering(lines: readonly SourceLine[], chapter: number): boolean {
  const first = lines.slice(chapter + 1).find((l) => matchNumberedHeading(l.text) !== null);
  const h = first ? matchNumberedHeading(first.text) : null;
  if (!h || h.number === 1) return false;
  let before = 0;
  for (let i = 0; i < chapter; i++) {
    const item = matchNumberedHeading(lines[i]!.text);
    if (item?.rank === h.rank) before = item.number;
  }
  return h.number === before + 1;
}

/** Naming no one tells requirements from tasks only in a plan whose tasks name someone: many 工作要点 name no unit at all. */
export function namesSomeoneBefore(lines: readonly SourceLine[], end: number): boolean {
  return lines.slice(0, end).some((l) => assignsSomeone(l.text));
}
