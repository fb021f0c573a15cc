/**
 * A 督办单 drawn as a form: each row a label cell beside its value (督办事项 |
 * 推进第二幼儿园建设; 责任领导 | 张三 | 承办单位 | 计财科). The recognisers in
 * tables/ read a header row over records, so none reads a form. Written out
 * as the lines it says, its item row first and numbered (1. 推进第二幼儿园建设,
 * by its 序号 when it has one), its other rows as labelled lines (责任领导：张三),
 * each form is one task of the prose pipeline, whose fields read as anywhere
 * else (a row the parser has no field for joins its measures; the slip's own
 * particulars, 交办日期 or 联系电话, stay in the source text only).
 *
 * A table is a form when its rows are label–value pairs, one of them names
 * the item, and most of its labels are fields the parser knows.
 */
import type { Block, ParagraphBlock, PlanDocument, TableBlock } from "./blocks";
import { fieldForLabel } from "./fields";
import { ITEM_MARKER_LINE, matchNumberedHeading, RANK } from "./headings";
import { isItemLabel } from "./records";
import { parseAnyNumber } from "./numerals";

/** The slip's own particulars (交办日期, 督办编号, 联系电话): not the task's, and left to the source text. */
const SLIP_DETAIL = /(?:日期|时间|编号|文号|联系人|电话|签收人?|签发人?|交办单位|督办单位)$/;
/** Below this share of known labels the table is something else laid out in pairs. */
const MIN_KNOWN_LABELS = 0.6;

export function formTablesAsParagraphs(doc: PlanDocument): PlanDocument {
  if (!doc.blocks.some((b) => b.kind === "table")) return doc;
  let next = 1;
  const blocks: Block[] = [];
  // The document's first line: its title, which a workbook of one form a sheet prints again over each.
  const title = doc.blocks.find((b): b is ParagraphBlock => b.kind === "paragraph" && b.text.trim() !== "");
  for (const block of doc.blocks) {
    const pairs = block.kind === "table" ? formPairs(block) : null;
    if (!pairs) {
      // Numbered items of the prose before a form: the form's task is numbered on after them.
      const item = block.kind === "paragraph" ? matchNumberedHeading(block.text.trim()) : null;
      if (item?.rank === RANK.arabic) next = item.number + 1;
      blocks.push(block);
      continue;
    }
    // 任务二 on its own line above the form is its caption: the form's number, not a line of the task
    // before. Left empty rather than removed, so the lines after it keep their numbers. So is the
    // document's title printed again over each form (a workbook of one 督办单 per sheet).
    const caption = captionNumber(blocks.at(-1));
    if (caption !== null || repeatsTitle(blocks.at(-1), title)) blocks[blocks.length - 1] = paragraph("");
    const serial = Number(pairs.find(([label]) => label === "序号")?.[1]);
    const number = Number.isInteger(serial) && serial > 0 ? serial : (caption ?? next);
    next = number + 1;
    // The item first: it opens the task the other rows fill.
    const item = pairs.find(([label]) => isItemLabel(label))!;
    blocks.push({ ...paragraph(`${number}. ${item[1]}`), opensFormTable: true });
    for (const [label, value] of pairs) {
      // A slot left blank (办理结果) says nothing yet.
      if (!value || label === "序号" || isItemLabel(label) || (!isFieldLabel(label) && SLIP_DETAIL.test(label))) continue;
      blocks.push(paragraph(`${label}：${value}`));
    }
  }
  return { ...doc, blocks };
}

const paragraph = (text: string): ParagraphBlock => ({ kind: "paragraph", text });

/** The block is the title printed again, not the title itself. */
function repeatsTitle(block: Block | undefined, title: ParagraphBlock | undefined): boolean {
  return block?.kind === "paragraph" && title !== undefined && block !== title && block.text.trim() === title.text.trim();
}

/** The number of a caption paragraph (任务二, 督办事项3：, 任务卡2), or null. */
function captionNumber(block: Block | undefined): number | null {
  const m = block?.kind === "paragraph" ? ITEM_MARKER_LINE.exec(block.text.trim()) : null;
  if (!m) return null;
  return parseAnyNumber(m[1] ?? "");
}
/** 责任领导, 承办单位, 办结时限 …: a label the tree reads as a field (in 【】 or not). */
const isFieldLabel = (label: string) => fieldForLabel(label.replace(/^[【[]|[】\]]$/g, "")) !== null;

/** The slots a slip leaves for the reply (办理结果, 领导批示): part of the form, said nothing about yet. */
const SLIP_SLOT = /^(?:办理结果|办理情况|反馈情况|落实情况|领导批示|批示意见|备注)$/;
/** A label the tree reads: the item's, a field's, the record's 序号. */
const isPlanLabel = (label: string) => label === "序号" || isItemLabel(label) || isFieldLabel(label);
/** A label of the form: one the tree reads, or the slip's own (its particulars and reply slots). */
const isFormLabel = (label: string) => isPlanLabel(label) || SLIP_DETAIL.test(label) || SLIP_SLOT.test(label);

/**
 * The table's label–value pairs in reading order, or null when it is not a
 * form. A slip leaves slots blank (办理结果, 联系电话): a blank value, or a
 * row's last label with no value cell after it, is a pair all the same. A
 * row whose label cell is blank or merged down from the row above goes on
 * with the value above (办理要求 over two lines). A value that is itself a
 * label (督办事项 | 责任单位 | 完成时限 over blank rows) makes the table a header
 * over records, not a form.
 */
function formPairs(table: TableBlock): [string, string][] | null {
  // Each pair's value as its lines: joined once at the end (a table of 20 000 continuing rows read each join whole).
  const pairs: [string, string[]][] = [];
  for (const row of table.rows) {
    // Repeats of a cell merged across are one cell; a value cell is one line of the form.
    const cells = row.cells.filter((c) => c.merged !== "left");
    for (let i = 0; i < cells.length; i += 2) {
      const labelCell = cells[i]!;
      const valueCell = cells[i + 1];
      const value = valueCell && valueCell.merged !== "above" ? valueCell.text.trim().replace(/\s*\n\s*/g, " ") : "";
      const label = labelCell.merged === "above" ? "" : labelCell.text.replace(/\s+/g, "");
      if (!label && !value) continue;
      if (!label) {
        const previous = pairs[pairs.length - 1];
        if (!previous) return null;
        previous[1].push(value);
        continue;
      }
      if (isPlanLabel(value.replace(/\s+/g, ""))) return null;
      pairs.push([label, value ? [value] : []]);
    }
  }
  const items = pairs.filter(([label]) => isItemLabel(label));
  if (items.length !== 1 || items[0]![1].length === 0 || pairs.length < 2) return null;
  const known = pairs.filter(([label]) => isFormLabel(label)).length;
  return known >= MIN_KNOWN_LABELS * pairs.length ? pairs.map(([label, lines]) => [label, clauses(lines)]) : null;
}

/** A value's lines as one text, each line a clause of its own once read as prose. */
function clauses(lines: string[]): string {
  return lines.map((line, i) => (i < lines.length - 1 && !/[。；;！？!?]$/.test(line) ? `${line}；` : line)).join("");
}
