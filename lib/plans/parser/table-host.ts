/**
 * The prose heading a task table belongs under. A 工作要点 may list one
 * chapter's tasks as a table (三、重点民生实事, an intro line, then the
 * table): the table's tasks are that chapter's, not a nameless section after
 * it. The heading is the last thing the prose parsed before the table: a
 * section left without tasks, or a heading the prose parser could only read as
 * a task without content (一、主要任务 right above the table), which becomes
 * the section. Anything between (plan text such as 保障措施, an 附件 heading)
 * means the table stands on its own.
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

/** A heading read as a task with nothing in it; a one-line statement (1.成立工作专班。) is a task and says so with its full stop. */
const isEmptyHeading = (t: PlanTask) =>
  !t.goal &&
  t.measures.length === 0 &&
  t.units.length === 0 &&
  t.leaders.length === 0 &&
  t.targets.length === 0 &&
  !t.deadline &&
  !/[。！？!?；;]$/.test(t.sourceText.trim());

export function tableHost(sections: PlanSection[], planText: PlanTextBlock[], tableLine: number): TableHost | null {
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
  // In a list of one-line items (（一）… （二）… （三）…) the last is a task like the others, not a heading.
  if (!isEmptyHeading(task) || parent.tasks[parent.tasks.length - 1] !== task || parent.tasks.some((t) => t !== task && isEmptyHeading(t))) return null;
  // The empty heading becomes a section in the task's place (or names the nameless section it alone was in).
  parent.tasks.pop();
  const answered = (w: ParseWarning) => w.line === task.line && w.message === `任务“${task.title}”没有内容`;
  if (!parent.title && parent.tasks.length === 0 && parent.sections.length === 0) {
    Object.assign(parent, { number: task.number || null, title: task.title, line: task.line });
    return { section: parent, answered };
  }
  const section: PlanSection = { number: task.number || null, title: task.title, text: null, line: task.line, leaders: [], units: [], sections: [], tasks: [] };
  parent.sections.push(section);
  return { section, answered };
}
