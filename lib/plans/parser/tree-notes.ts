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
import { matchLabelLine } from "./fields";
import { NOTE_WORD } from "./form-fields";

const NOTES_LABEL = new RegExp(`^(${NOTE_WORD})\\s*[:：]?\\s*(.*)$`);
const CLOSING_WORD = `(?:${REQUIREMENT_WORD}|具体要求|有关事项|其他事项)`;
// The colon's spaces only after a colon: \s*[:：]?\s*$ backtracks over a long run of tabs.
const CLOSING_LABEL = new RegExp(`^(${CLOSING_WORD})\\s*(?:[:：]\\s*)?$`);
const CLOSING_LABEL_USE = new RegExp(`^(${CLOSING_WORD})\\s*(?:[:：]|$)`);
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

/**
 * The numbered notes from lines[start] run to the end of the plan: their own
 * 1, 2, 3… at one rank, prose between them (联系人：…), and at most an 附件
 * after them. Another number, a heading or an item's field (责任单位：…) means
 * the label headed an item's content, not the close of the document.
 */
export function closesThePlan(lines: readonly SourceLine[], start: number): boolean {
  const first = matchNumberedHeading(lines[start]?.text ?? "");
  if (!first) return false;
  let next = 1;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (matchSpecialHeading(text)?.kind === "attachment") return true;
    const h = matchNumberedHeading(text);
    if (h) {
      if (h.rank !== first.rank || h.number !== next) return false;
      next++;
    } else if (matchLabelLine(text)) return false;
  }
  return true;
}
