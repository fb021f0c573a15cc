/**
 * The prose heading a task table belongs under. A 工作要点 may list one
 * chapter's tasks as a table (三、重点民生实事, an intro line, then the
 * table): the table's tasks are that chapter's, not a nameless section after
 * it. The heading is the last thing the prose parsed before the table: a
 * section left without tasks, or a heading the prose parser could only read as
 * a task without content (一、主要任务 right above the table), which becomes
 * the section. Anything between (plan text such as 保障措施, an 附件 heading)
 * means the table stands on its own. A document may give each chapter its own
 * table (一、基础教育, its table, 二、教师队伍建设, its table): the prose reads
 * those headings as a list of empty tasks, and each becomes its table's section.
 */
import type { ParseWarning, PlanSection, PlanTask, PlanTextBlock } from "./types";

export interface TableHost {
  section: PlanSection;
  /** Warnings about the heading being empty, which the table answers. */
  answered: (w: ParseWarning) => boolean;
}

type Last = { kind: "section"; section: PlanSection; siblings: PlanSection[] } | { kind: "task"; task: PlanTask; parent: PlanSection };

function lastBefore(sections: PlanSection[], line: number, found: Last | null): Last | null {
  const lineOf = (l: Last | null) => (l === null ? -1 : l.kind === "section" ? l.section.line : l.task.line);
  for (const s of sections) {
    if (s.line >= line) continue;
    if (s.line > lineOf(found)) found = { kind: "section", section: s, siblings: sections };
    for (const t of s.tasks) if (t.line < line && t.line >= lineOf(found)) found = { kind: "task", task: t, parent: s };
    found = lastBefore(s.sections, line, found);
  }
  return found;
}

const CHAPTER_LINE = /^\s*[一二三四五六七八九十]+\s*[、.．]/;

/** A line under a heading, before its table, that says how to read it rather than what to do. */
const LEAD_IN_MAX_CHARS = 60;

/**
 * 基础教育方面，重点推进以下工作： introduces the table below it: the section's text, not the heading's
 * content. So does one short sentence under a chapter heading that is only a name (二、重点任务及责任分工 /
 * 各乡镇、各有关部门要按照职责分工，协同推进。); a one-line statement with its full stop stays a task
 * (isEmptyHeading).
 */
const leadIn = (t: PlanTask): string | null => {
  const [line] = t.measures;
  if (t.measures.length !== 1 || !line) return null;
  // A chapter (二、…) whose own line is only a name (no sentence end), the sentence a line of its own:
  // an item under a chapter ((三)强化督查问责 / 县教育督导室每月开展一次专项督查。) is work of its own.
  const [heading, ...rest] = t.sourceText.trim().split("\n");
  const named = rest.length > 0 && CHAPTER_LINE.test(heading ?? "") && !/[。！？!?；;，,：:]/.test(heading ?? "");
  return /[：:]$/.test(line) || (named && line.length <= LEAD_IN_MAX_CHARS) ? line : null;
};

/**
 * A heading read as a task with nothing in it but, at most, a lead-in line; a
 * one-line statement (1.成立工作专班。) is a task and says so with its full stop.
 */
const isEmptyHeading = (t: PlanTask) =>
  !t.goal &&
  (t.measures.length === 0 || leadIn(t) !== null) &&
  t.units.length === 0 &&
  t.leaders.length === 0 &&
  t.targets.length === 0 &&
  !t.deadline &&
  (leadIn(t) !== null || !/[。！？!?；;]$/.test(t.sourceText.trim()));

/** Each empty heading among the tasks has a task table between it and the next task: they are the tables' chapters. */
function headsTables(tasks: PlanTask[], taskTableLines: number[]): boolean {
  return tasks.every((t, i) => {
    if (!isEmptyHeading(t)) return true;
    const next = tasks[i + 1]?.line ?? Infinity;
    return taskTableLines.some((line) => line > t.line && line < next);
  });
}

/** The prose heading right above a table, with nothing between, when it holds nothing of its own. */
function emptyHeadingAbove(sections: PlanSection[], planText: PlanTextBlock[], tableLine: number, headedTableLines: number[]): Last | null {
  const last = lastBefore(sections, tableLine, null);
  if (!last) return null;
  const from = last.kind === "section" ? last.section.line : last.task.line;
  if (planText.some((b) => b.line > from && b.line < tableLine)) return null;
  if (last.kind === "section") return last.section.tasks.length > 0 || last.section.sections.length > 0 ? null : last;
  const { task, parent } = last;
  if (!isEmptyHeading(task)) return null;
  // In a list of one-line items (（一）… （二）… （三）…) the last is a task like the others, not a heading,
  // unless each empty one heads a table of its own.
  const alone = parent.tasks[parent.tasks.length - 1] === task && !parent.tasks.some((t) => t !== task && isEmptyHeading(t));
  return alone || headsTables(parent.tasks, headedTableLines) ? last : null;
}

const noTasksWarning = (s: PlanSection) => (w: ParseWarning) => w.line === s.line && w.message.startsWith(`章节“${s.title}”下未识别出任务`);
const noContentWarning = (t: PlanTask) => (w: ParseWarning) => w.line === t.line && w.message === `任务“${t.title}”没有内容`;

/** `headedTableLines`: the first lines of the tables a heading may stand over (task, indicator and project tables). */
export function tableHost(sections: PlanSection[], planText: PlanTextBlock[], tableLine: number, headedTableLines: number[]): TableHost | null {
  const last = emptyHeadingAbove(sections, planText, tableLine, headedTableLines);
  if (!last) return null;
  if (last.kind === "section") return { section: last.section, answered: noTasksWarning(last.section) };
  const { task, parent } = last;
  // The empty heading becomes a section in the task's place (or names the nameless section it alone was in).
  parent.tasks.splice(parent.tasks.indexOf(task), 1);
  const answered = noContentWarning(task);
  if (!parent.title && parent.tasks.length === 0 && parent.sections.length === 0) {
    Object.assign(parent, { number: task.number || null, title: task.title, text: leadIn(task), line: task.line });
    return { section: parent, answered };
  }
  const section: PlanSection = {
    number: task.number || null,
    title: task.title,
    text: leadIn(task),
    line: task.line,
    leaders: [],
    units: [],
    sections: [],
    tasks: [],
  };
  parent.sections.push(section);
  return { section, answered };
}

export interface TableHeading {
  /** Takes the heading out of the plan unless a later table made it the section of its tasks; says whether it did. */
  drop: () => boolean;
  answered: (w: ParseWarning) => boolean;
}

/**
 * The heading right above an indicator or project table (一、年度主要指标, 三、重点项目) names what the table
 * holds, which is no work of its own: neither a task nor a chapter of the plan. It is dropped once every
 * table is placed, unless a task table right after the first one made it its section (一、学前教育, its
 * indicators, then its tasks). A chapter with text of its own stays.
 */
export function tableHeading(sections: PlanSection[], planText: PlanTextBlock[], tableLine: number, headedTableLines: number[]): TableHeading | null {
  const last = emptyHeadingAbove(sections, planText, tableLine, headedTableLines);
  if (!last) return null;
  if (last.kind === "section") {
    const { section, siblings } = last;
    if (section.text) return null;
    const drop = () => section.tasks.length === 0 && section.sections.length === 0 && siblings.splice(siblings.indexOf(section), 1).length > 0;
    return { drop, answered: noTasksWarning(section) };
  }
  const { task, parent } = last;
  const drop = () => parent.tasks.includes(task) && parent.tasks.splice(parent.tasks.indexOf(task), 1).length > 0;
  return { drop, answered: noContentWarning(task) };
}
