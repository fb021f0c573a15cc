/**
 * A list written as records, one label per line, with no numbers of its own:
 * a 督办事项清单 copied out of its form (序号：1 / 督办事项：推进… / 办理要求：… /
 * 责任领导：… / 承办单位：…), or a 整改清单 whose every record opens with 问题：….
 * The label that opens each record names its item; the lines that follow are
 * the item's fields as anywhere else. Each such line becomes the numbered item
 * `N. …` the tree reads as a task (N from the record's 序号 when it has one),
 * and a 序号 line (or a marker line, 问题一) is dropped once its number is taken.
 *
 * Only when the document numbers no items among its records (1. / （1） / ①;
 * 1. 2. after the last record are its closing requirements) and the records
 * are not each right under a numbered heading: under numbered items the same
 * labels are fields or titles of those items.
 */
import { ITEM_MARKER_LINE, matchNumberedHeading, PROBLEM_WORD, RANK } from "./headings";
import { matchLabelLine } from "./fields";
import type { SourceLine } from "./normalize";
import { parseAnyNumber } from "./numerals";

// Not 重点任务： or 工作任务：, which a 规划's sections use as fields of their own.
const ITEM_WORD = `(?:督办事项|督办内容|任务名称|事项名称|${PROBLEM_WORD})`;
/** 督办事项：推进… — a line naming a record's item: group 1 the label, 2 the item. */
export const ITEM_LABEL = new RegExp(`^【?(${ITEM_WORD})】?\\s*[:：]\\s*(\\S.*)$`);
const ITEM_ONLY = new RegExp(`^${ITEM_WORD}$`);
/** The label that names a record's item (督办事项, 问题 …), on its own. */
export const isItemLabel = (word: string): boolean => ITEM_ONLY.test(word);
/** A record has fields: a line its label opens is followed by one (责任单位：…) before the next record. */
const FIELDS_WITHIN = 8;
const SERIAL = /^序\s*号\s*[:：]?\s*(\d{1,4})$/;

export function recordsAsItems(lines: SourceLine[]): SourceLine[] {
  // Each line's item label, read once.
  const items = lines.map((l) => ITEM_LABEL.exec(l.text));
  const counts = new Map<string, number>();
  let lastRecord = -1;
  for (const [i, item] of items.entries()) {
    if (!item) continue;
    counts.set(item[1]!, (counts.get(item[1]!) ?? 0) + 1);
    lastRecord = i;
  }
  const [label, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  const isRecord = (i: number) => items[i]?.[1] === label;
  if (count < 2 || !everyRecordHasFields(lines, isRecord)) return lines;
  // Items numbered among the records (1. / （1）) are the document's own; those after the last record are its closing requirements.
  if (lines.slice(0, lastRecord).some((l) => (matchNumberedHeading(l.text)?.rank ?? 0) >= RANK.arabic)) return lines;
  // Each record right under a numbered heading ((一) 理论学习不够深入 / 存在问题：…) is that heading's content.
  if (lines.every((_, i) => !isRecord(i) || (i > 0 && matchNumberedHeading(lines[i - 1]!.text)))) return lines;
  const out: SourceLine[] = [];
  let next = 1;
  for (const [i, line] of lines.entries()) {
    // A marker line (问题一) right above a record, or above its 序号, numbers it as a 序号 line does.
    const serial = SERIAL.exec(line.text) ?? ITEM_MARKER_LINE.exec(line.text);
    if (serial && (isRecord(i + 1) || (SERIAL.test(lines[i + 1]?.text ?? "") && isRecord(i + 2)))) {
      next = parseAnyNumber(serial[1] ?? "") ?? next;
      continue;
    }
    out.push(isRecord(i) ? { line: line.line, text: `${next++}. ${items[i]![2]}` } : line);
  }
  return out;
}

function everyRecordHasFields(lines: SourceLine[], isRecord: (i: number) => boolean): boolean {
  return lines.every((_, i) => {
    if (!isRecord(i)) return true;
    for (let j = i + 1; j < lines.length && j <= i + FIELDS_WITHIN; j++) {
      if (isRecord(j)) return false;
      if (matchLabelLine(lines[j]!.text)) return true;
    }
    return false;
  });
}
