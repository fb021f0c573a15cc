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

type Last = { kind: "section"; section: PlanSection } | { kind: "task"; task: PlanTask; parent: PlanSection };

function lastBefore(sections: PlanSection[], line: number, found: Last | null): Last | null {
  const lineOf = (l: Last | null) => (l === null ? -1 : l.kind === "section" ? l.section.line : l.task.line);
  for (const s of sections) {
    if (s.line >= line) continue;
    if (s.line > lineOf(found)) found = { kind: "section", section: s };
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

export function tableHost(sections: PlanSection[], planText: PlanTextBlock[], tableLine: number, taskTableLines: number[]): TableHost | null {
  const last = lastBefore(sections, tableLine, null);
  if (!last) return null;
  const from = last.kind === "section" ? last.section.line : last.task.line;
  if (planText.some((b) => b.line > from && b.line < tableLine)) return null;
  if (last.kind === "section") {
    const s = last.section;
    if (s.tasks.length > 0 || s.sections.length > 0) return null;
    return { section: s, answered: (w) => w.line === s.line && w.message.startsWith(`章节“${s.title}”下未识别出任务`) };
  }
  const { task, parent } = last;
  if (!isEmptyHeading(task)) return null;
  // In a list of one-line items (（一）… （二）… （三）…) the last is a task like the others, not a heading,
  // unless each empty one heads a table of its own.
  const alone = parent.tasks[parent.tasks.length - 1] === task && !parent.tasks.some((t) => t !== task && isEmptyHeading(t));
  if (!alone && !headsTables(parent.tasks, taskTableLines)) return null;
  // The empty heading becomes a section in the task's place (or names the nameless section it alone was in).
  parent.tasks.splice(parent.tasks.indexOf(task), 1);
  const answered = (w: ParseWarning) => w.line === task.line && w.message === `任务“${task.title}”没有内容`;
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
