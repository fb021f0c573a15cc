/**
 * Turns the body lines into a heading tree (tree.ts). Each line goes through
 * the steps below in order and the first that takes it wins; deciding what is
 * a section, a task or plan text happens later in assemble.ts, once the whole
 * tree is known.
 */
import type { ParseWarning } from "./types";
import type { SourceLine } from "./normalize";
import {
  classifyNonTaskTitle,
  matchNumberedHeading,
  matchSpecialHeading,
  RANK,
  splitHeadingTitle,
  tidyTitle,
  withoutProblemLabel,
  type HeadingMatch,
} from "./headings";
import { itemsAssignedBelow } from "./assigned-chapters";
import { extractInlineFields, fieldForLabel, matchLabelLine } from "./fields";
import { isFullLine, type Layout } from "./layout";
import { newNode, paraItem, touch, type Node, type TableBlock, type Tree } from "./tree";
import { appendText, type FullLines } from "./tree-text";
import { continuesTable, tableHeaderOf } from "./tree-tables";
import { acceptHeading, joinWrappedTitle } from "./tree-headings";
import { monthGroupAt } from "./tree-months";
import { closesThePlan, closingChapterAt, countClosingLabels, matchNotesStart, namesSomeoneBefore } from "./tree-notes";

interface Builder {
  lines: readonly SourceLine[];
  full: FullLines;
  root: Node;
  /** Open headings from the root down; the last is where content goes. */
  stack: Node[];
  lastNumber: Map<number, number>;
  tables: TableBlock[];
  openTable: TableBlock | null;
  warnedPlainTable: boolean;
  /** An open 说明/备注 block: the number its next note must carry, and the stack to resume after it. */
  /** box: a 专栏, whose items may share their numbering style with the tasks around it. */
  /** closing: a notice's closing requirements, whose notes may have sub-points (1. 高度重视 / （1）…) below `rank`, their own. */
  notes: { node: Node; next: number; resume: Node[]; box: boolean; closing: boolean; rank: number | null } | null;
  /** How often each closing label (办理要求 …) opens a line of the document. */
  closingLabels: Map<string, number>;
  /** The line of a last chapter that is the closing requirements by another name (三、其他事项), or -1. */
  closingChapter: number;
  warnings: ParseWarning[];
}

/** 前言 runs until the first numbered heading of any rank. */
const CLOSED_BY_ANY_HEADING = 99;
/** 名词解释 / 附件 run until the next chapter or 一、 heading: their own （一）/1. items are their content. */
const CLOSED_BY_TOP_HEADING = RANK.cn;

const top = (b: Builder): Node => b.stack[b.stack.length - 1] ?? b.root;

/** The outermost open plan-text block (前言, 指导思想, 保障措施 …): it takes everything below it. */
const absorbing = (b: Builder): Node | null => b.stack.find((n) => n.planKind !== null) ?? null;

/** Header or row of an indicator table. */
function takeTableLine(b: Builder, i: number): boolean {
  const l = b.lines[i] as SourceLine;
  if (b.openTable) {
    if (continuesTable(b.openTable, l, b.lines[i + 1])) {
      b.openTable.rows.push(l);
      touch(top(b), l.line);
      return true;
    }
    b.openTable = null;
  }
  const header = tableHeaderOf(l);
  if (!header) return false;
  b.openTable = { header, headerLine: l, rows: [] };
  b.tables.push(b.openTable);
  touch(top(b), l.line);
  return true;
}

/** A tabbed line that is not an indicator table is read as prose (one warning per document). */
function untabbed(b: Builder, l: SourceLine): SourceLine {
  const tabbed = l.text.includes("\t");
  if (tabbed && !b.warnedPlainTable) {
    b.warnedPlainTable = true;
    b.warnings.push({ line: l.line, message: "表格未识别为指标表，按正文处理" });
  }
  return { line: l.line, text: tabbed ? l.text.replace(/\t+/g, " ") : l.text };
}

/** 前言 / 名词解释 / 附件: a new top-level block of plan text. */
function takeSpecialHeading(b: Builder, line: SourceLine): boolean {
  const special = matchSpecialHeading(line.text);
  if (!special) return false;
  b.stack.length = 1;
  const node = newNode(
    {
      kind: "special",
      rank: 0,
      line: line.line,
      title: special.title,
      planKind: special.kind,
      closeRank: special.kind === "preface" ? CLOSED_BY_ANY_HEADING : CLOSED_BY_TOP_HEADING,
    },
    b.root,
  );
  b.root.children.push(node);
  b.stack.push(node);
  touch(node, line.line);
  if (special.rest) node.items.push(paraItem(line.line, special.rest));
  return true;
}

/** 说明：1.… opens a notes block of plan text beside the tree; the plan resumes after it. */
function takeNotesStart(b: Builder, i: number): boolean {
  const line = b.lines[i] as SourceLine;
  const start = matchNotesStart(line, b.lines[i + 1]);
  if (!start) return false;
  if (start.closing && !closesAfterItems(b, i, start.title)) return false;
  const planKind = start.closing ? "safeguards" : "other";
  const node = newNode({ kind: "special", rank: 0, line: line.line, title: start.title, planKind, closeRank: CLOSED_BY_TOP_HEADING }, b.root);
  b.root.children.push(node);
  b.notes = { node, next: 1, resume: [...b.stack], box: start.box, closing: start.closing, rank: null };
  b.stack = [b.root, node];
  touch(node, line.line);
  if (start.firstNote) takeAbsorbed(b, { line: line.line, text: start.firstNote }, matchNumberedHeading(start.firstNote));
  return true;
}

/**
 * Closing requirements come after an item, under a label the items do not
 * use as their own field, and end the plan. Numbered like the item, they
 * restart its numbering and cannot be its steps; numbered deeper, they are
 * its steps unless it already has content of its own and the plan names who
 * does its items.
 */
function closesAfterItems(b: Builder, i: number, title: string): boolean {
  const item = top(b);
  if (item.kind !== "numbered" || b.closingLabels.get(title) !== 1) return false;
  const notes = matchNumberedHeading(b.lines[i + 1]?.text ?? "");
  if (!notes) return false;
  // Deeper than the item, the notes might be its steps: only after content of its own, in a plan that names who does its items.
  if (notes.rank > item.rank && (item.items.length === 0 || !namesSomeoneBefore(b.lines, i))) return false;
  return closesThePlan(b.lines, i + 1);
}

/** How far on a box item looks for the task that carries its number. */
const BOX_LOOKAHEAD_LINES = 200;

/**
 * 专栏 1.–3. under task 1, then task 2: the box's 2. is the box's when a 2. at
 * its rank comes again further on, before the chapter or another box begins.
 */
function numberedAgainAhead(lines: readonly SourceLine[], i: number, h: HeadingMatch): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + BOX_LOOKAHEAD_LINES); j++) {
    // Another box numbers its own items: its 3. is no task of the plan.
    if (matchNotesStart(lines[j] as SourceLine, lines[j + 1])) return false;
    const next = matchNumberedHeading(lines[j]?.text ?? "");
    if (!next) continue;
    if (next.rank < h.rank) return false;
    if (next.rank === h.rank && next.number === h.number) return true;
  }
  return false;
}

/** A number out of the notes' own sequence (or a 一、 heading) is the plan again. */
function closeNotesBefore(b: Builder, h: HeadingMatch | null, i: number): void {
  const notes = b.notes;
  if (!notes) return;
  if (!b.stack.includes(notes.node)) {
    b.notes = null; // a 附件 or 前言 block took over
    return;
  }
  // A box's items (1.–3.) and the tasks after it (4.) may be numbered alike: the task sequence wins.
  const continuesPlan =
    notes.box && h !== null && b.lastNumber.has(h.rank) && h.number === (b.lastNumber.get(h.rank) ?? 0) + 1 && !numberedAgainAhead(b.lines, i, h);
  if (!h || (h.rank > CLOSED_BY_TOP_HEADING && h.number === notes.next && !continuesPlan)) return;
  if (notes.closing && notes.rank !== null && h.rank > notes.rank) return;
  b.stack = notes.resume;
  b.notes = null;
}

/** Inside a plan-text block, headings below its close rank are its content, not tree nodes. */
function takeAbsorbed(b: Builder, line: SourceLine, h: HeadingMatch | null): boolean {
  const block = absorbing(b);
  if (!block || (h && h.rank <= block.closeRank)) return false;
  if (!h) {
    appendText(block, line, b.full, true);
    return true;
  }
  const { title, body } = splitHeadingTitle(h.rest);
  const notes = b.notes?.node === block ? b.notes : null;
  if (notes && !(notes.closing && notes.rank !== null && h.rank > notes.rank)) {
    notes.next = h.number + 1;
    notes.rank = h.rank;
  }
  block.items.push({ type: "heading", line, marker: h.marker, title, rank: h.rank });
  touch(block, line.line);
  if (body) block.items.push(paraItem(line.line, body));
  return true;
}

/** What a numbered heading's chapter is, when it is no chapter of tasks; a 目标任务 whose items name who does them is one. */
function chapterKind(b: Builder, i: number, rank: number, title: string): Node["planKind"] {
  const kind = classifyNonTaskTitle(title) ?? (i === b.closingChapter ? "safeguards" : null);
  return kind === "goals" && itemsAssignedBelow(b.lines, i, rank) ? null : kind;
}

/** Opens a numbered node for lines[i]; returns the index of the last line its title used. */
function openNumbered(b: Builder, i: number, h: HeadingMatch, line: SourceLine): number {
  while (b.stack.length > 1 && (top(b).rank >= h.rank || top(b).kind === "special")) b.stack.pop();
  const joined = joinWrappedTitle(b.lines, i, h.rest, b.full);
  const lastLine = (b.lines[joined.last] as SourceLine).line;
  const titleText = withoutProblemLabel(joined.rest);
  const split = splitHeadingTitle(titleText);
  // “1.强化理论武装（责任单位：教育党工委）”: the assignment is not part of the title.
  const inline = extractInlineFields(split.title);
  // A line holding nothing but the assignment keeps it as its title rather than none.
  const title = (inline.fields.length ? tidyTitle(inline.text) : "") || split.title;
  const parent = top(b);
  const node = newNode(
    {
      kind: "numbered",
      rank: h.rank,
      line: line.line,
      number: h.number,
      marker: h.marker,
      title,
      planKind: chapterKind(b, i, h.rank, title),
      closeRank: h.rank,
      ...(titleText !== joined.rest || h.marker.startsWith("问题") ? { problem: true } : {}),
    },
    parent,
  );
  parent.children.push(node);
  b.stack.push(node);
  b.lastNumber.set(h.rank, h.number);
  touch(node, lastLine);
  for (const f of inline.fields) {
    node.items.push({ type: "field", label: f.label, def: f.def, line: line.line, lines: [{ line: line.line, text: f.value }] });
  }
  // 问题1：巩固率有待提高。初中三年巩固率为94.2%…: after a problem's name, what it goes on to say describes
  // the problem (kept as 问题描述 is: first, never targets), not the work to be done.
  const described = node.problem && h.marker.startsWith("问题") && describesProblem(split.body) ? fieldForLabel("问题描述") : null;
  if (split.body && described) {
    node.items.push({ type: "field", label: "问题", def: described, line: lastLine, lines: [{ line: lastLine, text: split.body }] });
  } else if (split.body) {
    node.inlineBody = true;
    node.items.push(paraItem(lastLine, split.body));
  }
  return joined.last;
}

/** Words that open the work to be done (新建学校2所…), not a description of what is wrong. */
const ACTION_START =
  /^(新建|改扩建|开展|落实|建立|健全|完善|加强|推进|实施|制定|组织|提高|提升|扩大|改造|消除|补充|配备|按照|严格|确保|强化|全面|加快|统筹|优化)/;

/**
 * What follows a problem's name on its line describes it (初中三年巩固率为94.2%，未达到95%的标准。) only
 * when it names no field (整改措施：…, （责任领导：…）) and does not open with the work to be done.
 */
function describesProblem(body: string | null | undefined): boolean {
  return Boolean(body) && !/[：:]/.test(body!) && !ACTION_START.test(body!.trim());
}

/**
 * 责任单位：… / 工作举措：… opens a field of the current node. A line of
 * assignments may hold several (牵头单位：区教育局；配合单位：区财政局, or
 * 责任领导：李明    责任单位：人事股): each opens its own, the last stays open.
 */
function takeLabelLine(b: Builder, line: SourceLine): boolean {
  const label = matchLabelLine(line.text);
  if (!label) return false;
  const node = top(b);
  const inline = label.def.kind === "goal" || label.def.kind === "measures" ? [] : extractInlineFields(line.text).fields;
  const fields = inline.length > 1 ? inline : [label];
  for (const f of fields)
    node.items.push({ type: "field", label: f.label, def: f.def, line: line.line, lines: f.value ? [{ line: line.line, text: f.value }] : [] });
  touch(node, line.line);
  return true;
}

/**
 * 问题1：/督办事项1： rank above 1. items, which they may hold. Under an open
 * 1. item of the plan's own (1.关于党建工作薄弱的问题 / 问题1：… / 问题2：…),
 * not one a named item holds, they are its parts.
 */
function belowOpenItem(b: Builder, h: HeadingMatch | null): HeadingMatch | null {
  if (h?.style !== "named-item") return h;
  const held = b.stack.some((n) => n.kind === "numbered" && n.rank === RANK["named-item"]);
  if (held || !b.stack.some((n) => n.kind === "numbered" && n.rank === RANK.arabic)) return h;
  return { ...h, rank: RANK.arabic + 0.5 };
}

/** Places lines[i] (and any continuation lines); returns the index of the last line it used. */
function placeLine(b: Builder, i: number): number {
  if (takeTableLine(b, i)) return i;
  const line = untabbed(b, b.lines[i] as SourceLine);
  if (takeNotesStart(b, i)) return i;
  const h = belowOpenItem(b, matchNumberedHeading(line.text));
  closeNotesBefore(b, h, i);
  if (takeSpecialHeading(b, line)) return i;
  if (takeAbsorbed(b, line, h)) return i;
  if (h && acceptHeading(b, h, line, b.lines[i - 1])) return openNumbered(b, i, h, line);
  if (takeLabelLine(b, line)) return i;
  const month = monthGroupAt(b.lines, i, b.stack);
  if (month) return openNumbered(b, i, month, line);
  appendText(top(b), line, b.full);
  return i;
}

export function buildTree(lines: SourceLine[], layout: Layout, warnings: ParseWarning[]): Tree {
  const root = newNode({ kind: "root", rank: 0, line: lines[0]?.line ?? 1 }, null);
  const b: Builder = {
    lines,
    full: new Set(lines.filter((l) => isFullLine(l.text, layout)).map((l) => l.line)),
    root,
    stack: [root],
    lastNumber: new Map(),
    tables: [],
    openTable: null,
    warnedPlainTable: false,
    notes: null,
    closingLabels: countClosingLabels(lines),
    closingChapter: closingChapterAt(lines),
    warnings,
  };
  for (let i = 0; i < lines.length; i++) i = placeLine(b, i);
  return { root, tables: b.tables };
}
