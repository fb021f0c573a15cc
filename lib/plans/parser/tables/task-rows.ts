/**
 * Rows of a task table (分解表, 整改清单) → sections and tasks. Shared by the
 * breakdown and rectification recognisers, which differ only in the column
 * that titles a task. Row by row:
 *  - a header row again (new page) is skipped;
 *  - a row with one text across the table, or only 一、… text, opens a section;
 *  - a row with empty 序号 and task cells right after a task continues it (page break);
 *  - a row numbered 2 over rows numbered 2.1, 2.2 is their group (sub-numbers.ts);
 *  - any other row is a task; a cell merged down repeats its text, so it applies to each row.
 */
import type { TableBlock, TableRow } from "../blocks";
import type { PlanSection, PlanTask } from "../types";
import { matchNumberedHeading, RANK, splitHeadingTitle, tidyTitle } from "../headings";
import { parseAnyNumber, parseChineseNumber } from "../numerals";
import { cellAt, cellText, columnOf, isRepeatedHeader, proseOf, ROW_ITEM_BREAK, rowIsEmpty, type Header } from "./grid";
import type { TableContext, TableReading } from "./context";
import { buildTableTask, type RowDraft } from "./task-cells";
import { NOTE_WORD } from "../form-fields";
import { subNumberedGroups, subNumberOf } from "./sub-numbers";
import { unreadColumns } from "./unread-columns";
import { withTaskColumnAsGroup } from "./task-groups";

export type TitleKind = "task" | "problem";

/**
 * The column that titles a task: its own, else a 项目名称 (a 实事项目 list with no 总投资),
 * else the measures (a table of 工作举措 only), else the goals (of 工作目标 only).
 */
export function titleColumn(header: Header, kind: TitleKind): number {
  const own = columnOf(header.columns, kind);
  if (own >= 0) return own;
  const project = columnOf(header.columns, "project");
  if (project >= 0) return project;
  const measures = columnOf(header.columns, "measures");
  return measures >= 0 ? measures : columnOf(header.columns, "goal");
}

/** Sections below this rank (（一） and up) nest; an unmarked chapter row counts as 一、. */
const UNMARKED_SECTION_RANK = RANK.cn;
const DEEPEST_SECTION_RANK = RANK["paren-cn"];
/** A group of sub-numbered rows sits below every chapter row. */
const SUB_NUMBER_GROUP_RANK = RANK.arabic;
/** An unmarked row that only names a group is short and has no full stop. */
const GROUP_ROW_MAX_CHARS = 40;

interface OpenSection {
  rank: number;
  section: PlanSection;
  /** Opened by a row numbered 2 over its 2.1, 2.2: the next plain number closes it. */
  subNumbered?: true;
}

/** The one distinct text of a row's own cells, with its column; null when the row says more. */
function soleText(row: TableRow): { text: string; col: number; spans: boolean } | null {
  let found: { text: string; col: number } | null = null;
  let spans = row.cells.length > 1;
  for (let j = 0; j < row.cells.length; j++) {
    const cell = row.cells[j];
    // A chapter row's text wrapped inside its cell reads as one line (一、推进学前教育 / 普及普惠).
    const text = proseOf(cell?.text ?? "");
    if (cell?.merged === "left") continue;
    if (!text) {
      spans = false;
      continue;
    }
    if (cell?.merged === "above") return null;
    if (found && found.text !== text) return null;
    found ??= { text, col: j };
    if (found.col !== j) spans = false;
  }
  return found ? { ...found, spans } : null;
}

function sectionRank(text: string): SectionRow | null {
  const h = matchNumberedHeading(text);
  if (h && h.rank <= DEEPEST_SECTION_RANK) {
    const { title, body } = splitHeadingTitle(h.rest);
    return { rank: h.rank, number: h.number, title, body };
  }
  return null;
}

type SectionRow = { rank: number; number: number | null; title: string; body: string };

/** 一 in 序号 and a name in the task cell, nothing else: a chapter row written in two cells. */
function numberedChapter(row: TableRow, numberCol: number, titleCol: number): SectionRow | null {
  if (numberCol < 0 || titleCol < 0) return null;
  const marker = /^([一二三四五六七八九十]{1,3})[、.．]?$|^[（(]([一二三四五六七八九十]{1,3})[)）]$/.exec(cellText(row, numberCol));
  const title = cellText(row, titleCol);
  if (!marker || !title || cellAt(row, titleCol)?.merged) return null;
  const others = row.cells.some((c, j) => j !== numberCol && j !== titleCol && !c.merged && c.text?.trim());
  if (others) return null;
  return { rank: marker[1] ? RANK.cn : RANK["paren-cn"], number: parseChineseNumber(marker[1] ?? marker[2] ?? ""), title: tidyTitle(proseOf(title)), body: "" };
}

function asSection(row: TableRow, header: Header, titleCol: number): SectionRow | null {
  const numberCol = columnOf(header.columns, "number");
  const chapter = numberedChapter(row, numberCol, titleCol);
  if (chapter) return chapter;
  const sole = soleText(row);
  if (!sole) return null;
  const marked = sectionRank(sole.text);
  if (marked) return marked;
  const plain = !/[。！？!?]/.test(sole.text) && sole.text.length <= GROUP_ROW_MAX_CHARS && !/^\d+$/.test(sole.text);
  const groupRow = sole.spans || row.cells.length === 1 || sole.col === numberCol || (numberCol >= 0 && sole.col === titleCol);
  return plain && groupRow ? { rank: UNMARKED_SECTION_RANK, number: null, title: tidyTitle(sole.text), body: "" } : null;
}

// 合计 | 共6项 under the rows, 备注：分年度目标为累计数 across the table: about the table, not a task or a group.
const TOTAL = /^(合\s*计|小\s*计|总\s*计|共\s*计)$/;
const NOTE = new RegExp(`^${NOTE_WORD}\\d?[:：]`);

function isFooterRow(row: TableRow): boolean {
  const first = row.cells.find((c) => c.merged !== "left" && c.text?.trim());
  const text = proseOf(first?.text ?? "");
  if (TOTAL.test(text)) return true;
  const sole = soleText(row);
  return sole !== null && NOTE.test(sole.text.replace(/\s+/g, ""));
}

/** Empty (or merged-down) 序号 and title cells with other text: the previous task goes on. */
function continues(row: TableRow, header: Header, titleCol: number): boolean {
  const numberCol = columnOf(header.columns, "number");
  const emptyOrAbove = (col: number) => col < 0 || !cellText(row, col) || cellAt(row, col)?.merged === "above";
  if (!emptyOrAbove(numberCol) || !emptyOrAbove(titleCol)) return false;
  // The task cell merged down over several rows: one task whose measures or units vary by row.
  if (titleCol >= 0 && cellAt(row, titleCol)?.merged === "above") return true;
  return row.cells.some((c, j) => j !== titleCol && j !== numberCol && !c.merged && c.text?.trim());
}

function numberOf(text: string): number | null {
  // Only marks around the number: 1.1 / 10.2 are sub-items, not tasks 11 and 102.
  const t = text
    .replace(/\s/g, "")
    .replace(/^[（(]/, "")
    .replace(/[.．、)）]$/, "");
  return /^\d{1,5}$/.test(t) ? (parseAnyNumber(t) ?? null) : /^[一二三四五六七八九十百]{1,4}$/.test(t) ? parseChineseNumber(t) : null;
}

export function readTaskRows(table: TableBlock, given: Header, ctx: TableContext, titleKind: TitleKind): TableReading {
  const header = withTaskColumnAsGroup(table, given);
  const titleCol = titleColumn(header, titleKind);
  const numberCol = columnOf(header.columns, "number");
  const loose: PlanTask[] = [];
  const stack: OpenSection[] = [];
  const topLevel: PlanSection[] = [];
  let draft: RowDraft | null = null;
  let lastNumber = 0;
  const groups = subNumberedGroups(table, numberCol, header.dataStart);
  /** The draft is a row numbered 2 over rows 2.1, 2.2. */
  let draftGroups = false;
  /** The number of the open sub-numbered group. */
  let openGroup: number | null = null;
  const closeGroup = () => {
    while (stack[stack.length - 1]?.subNumbered) stack.pop();
    openGroup = null;
  };

  const flush = () => {
    if (!draft) return;
    const task = buildTableTask(table, header, draft, titleCol, ctx);
    if (draftGroups) {
      closeGroup();
      open({ rank: SUB_NUMBER_GROUP_RANK, number: draft.number, title: task?.title ?? "", body: "" }, ctx.firstLine + draft.first);
      const top = stack[stack.length - 1]!;
      top.subNumbered = true;
      Object.assign(top.section, { leaders: task?.leaders ?? [], units: task?.units ?? [] });
      openGroup = draft.number;
      // A group row that says more than its name (a target, a deadline) keeps it as a task of its own.
      if (task && (task.targets.length > 0 || task.deadline || task.goal || task.measures.length > 0)) top.section.tasks.push(task);
    } else if (task) (stack[stack.length - 1]?.section.tasks ?? loose).push(task);
    draft = null;
    draftGroups = false;
  };

  /** reuse: a 类别 seen before in the same place (办学条件 again after 队伍建设) goes on in its section. */
  const open = (section: SectionRow, line: number, reuse = false) => {
    while (stack.length && (stack[stack.length - 1] as OpenSection).rank >= section.rank) stack.pop();
    const siblings = stack[stack.length - 1]?.section.sections ?? topLevel;
    const again = reuse ? siblings.find((s) => s.title === section.title && s.number === section.number) : undefined;
    if (again) {
      stack.push({ rank: section.rank, section: again });
      return;
    }
    const node: PlanSection = {
      number: section.number,
      title: section.title,
      text: section.body ? proseOf(section.body) : null,
      line,
      leaders: [],
      units: [],
      sections: [],
      tasks: [],
    };
    siblings.push(node);
    stack.push({ rank: section.rank, section: node });
  };
  const categories = categoryColumns(table, header);
  const current: string[] = [];

  for (let i = header.dataStart; i < table.rows.length; i++) {
    const row = table.rows[i] as TableRow;
    if (rowIsEmpty(row) || isRepeatedHeader(row, header) || isFooterRow(row)) continue;
    const line = ctx.firstLine + i;
    const section = asSection(row, header, titleCol);
    if (section) {
      flush();
      open(section, line);
      continue;
    }
    // A new 类别 (the cell merged down over its rows): a section of its own, the rows below in it.
    const changed = categories.findIndex((col, k) => cellText(row, col) && proseOf(cellText(row, col)) !== current[k]);
    if (changed >= 0) {
      flush();
      categories.slice(changed).forEach((col, k) => {
        const text = proseOf(cellText(row, col));
        current[changed + k] = text;
        if (text) open(categorySection(text, RANK.cn + changed + k), line, true);
      });
    }
    if (draft && continues(row, header, titleCol)) {
      const d: RowDraft = draft;
      // Another row under the task cell merged down over it is an item of its own; a row with the task
      // cell left empty (a line a .txt wrapped, a row a PDF page break cut) goes on mid-sentence.
      const pageBreak = row.page !== undefined && row.page !== table.rows[d.last]?.page;
      const glue = cellAt(row, titleCol)?.merged === "above" && !pageBreak ? ROW_ITEM_BREAK : "\n";
      row.cells.forEach((c, j) => {
        const text = c.text?.trim() ?? "";
        // A cell merged down over the page break repeats what the task already has.
        if (!text || c.merged === "left" || (c.merged === "above" && d.cells[j]?.includes(text))) return;
        d.cells[j] = d.cells[j] ? `${d.cells[j]}${glue}${text}` : text;
      });
      d.last = i;
      continue;
    }
    flush();
    const numberText = numberCol >= 0 ? cellText(row, numberCol) : "";
    const own = numberOf(numberText);
    const sub = subNumberOf(numberText);
    let number: number;
    if (sub && sub.group === openGroup) number = sub.item;
    else {
      if (own !== null) closeGroup();
      number = own ?? lastNumber + 1;
      lastNumber = number;
    }
    draftGroups = own !== null && groups.has(own);
    draft = { first: i, last: i, number, numbered: own !== null || sub?.group === openGroup, cells: row.cells.map((c) => (c.text ?? "").trim()) };
  }
  flush();

  for (const label of unreadColumns(table, header)) {
    ctx.warnings.push({ line: ctx.firstLine + header.index, message: `表格${ctx.table}的“${label}”列未能识别，其内容未导入` });
  }
  for (const s of walk(topLevel)) {
    if (s.tasks.length === 0 && s.sections.length === 0) ctx.warnings.push({ line: s.line, message: `章节“${s.title}”下未识别出任务` });
  }
  return { kind: "tasks", sections: topLevel, loose };
}

/** 领域 | 类别: each column a level, the left one higher; a header cell merged across counts once. */
function categoryColumns(table: TableBlock, header: Header): number[] {
  const cells = table.rows[header.index]?.cells ?? [];
  return header.columns.flatMap((c, j) => (c?.kind === "category" && cells[j]?.merged !== "left" ? [j] : []));
}

/** A 类别 cell's group: 一、教育质量提升 keeps its number; the column's place gives its rank. */
function categorySection(text: string, rank: number): SectionRow {
  const marked = sectionRank(text);
  return { rank, number: marked?.number ?? null, title: marked?.title ?? tidyTitle(text), body: "" };
}

function walk(sections: PlanSection[]): PlanSection[] {
  return sections.flatMap((s) => [s, ...walk(s.sections)]);
}
