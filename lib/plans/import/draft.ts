// The import review's client-side working copy of a ParsedPlan. Tasks, units
// and targets carry a `key` so list edits (add/remove) keep React state on the
// right row; the keys are dropped again before the plan goes to the server.
// Pure and client-safe: types and the parser's pure name splitter only.
import { splitPeople } from "@/lib/plans/parser/names";
import type { ParsedPlan, ParseWarning, PlanSection, PlanTask, ResponsibleUnit, Target } from "@/lib/plans/parser/types";

export type DraftUnit = ResponsibleUnit & { key: string };
export type DraftTarget = Target & { key: string };
export type DraftTask = Omit<PlanTask, "units" | "targets"> & { key: string; units: DraftUnit[]; targets: DraftTarget[] };
export type DraftSection = Omit<PlanSection, "sections" | "tasks"> & { key: string; sections: DraftSection[]; tasks: DraftTask[] };
export type DraftPlan = Omit<ParsedPlan, "sections"> & { sections: DraftSection[] };

let counter = 0;
export function newKey(prefix = "k"): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function toDraft(plan: ParsedPlan): DraftPlan {
  const task = (t: PlanTask): DraftTask => ({
    ...t,
    key: newKey("t"),
    units: t.units.map((u) => ({ ...u, key: newKey("u") })),
    targets: t.targets.map((g) => ({ ...g, key: newKey("g") })),
  });
  const section = (s: PlanSection): DraftSection => ({ ...s, key: newKey("s"), sections: s.sections.map(section), tasks: s.tasks.map(task) });
  return { ...plan, sections: plan.sections.map(section) };
}

/** Back to a ParsedPlan: keys dropped, names trimmed, blank leaders and units removed. */
export function fromDraft(draft: DraftPlan): ParsedPlan {
  const units = (list: ResponsibleUnit[]) => list.map((u) => ({ name: u.name.trim(), role: u.role, ...(u.raw ? { raw: u.raw } : {}) })).filter((u) => u.name);
  const leaders = (list: string[]) => list.map((l) => l.trim()).filter(Boolean);
  const task = ({ key: _key, ...t }: DraftTask): PlanTask => ({
    ...t,
    title: t.title.trim(),
    leaders: leaders(t.leaders),
    units: units(t.units),
    targets: t.targets.map(({ key: _k, ...g }) => ({ ...g, text: g.text.trim(), unit: g.unit.trim() })),
  });
  const section = ({ key: _key, ...s }: DraftSection): PlanSection => ({
    ...s,
    leaders: leaders(s.leaders),
    units: units(s.units),
    sections: s.sections.map(section),
    tasks: s.tasks.map(task),
  });
  return { ...draft, title: draft.title.trim(), sections: draft.sections.map(section) };
}

/** Leaders typed as "张三、李四, 王五" (also ，；; and spaces); padded names (赵 丽) read as one, as in documents. */
export function splitNames(text: string): string[] {
  return splitPeople(text);
}

export function updateTask(draft: DraftPlan, key: string, update: (task: DraftTask) => DraftTask): DraftPlan {
  const section = (s: DraftSection): DraftSection => {
    const index = s.tasks.findIndex((t) => t.key === key);
    if (index >= 0) return { ...s, tasks: s.tasks.map((t, i) => (i === index ? update(t) : t)) };
    const sections = s.sections.map(section);
    return sections.some((c, i) => c !== s.sections[i]) ? { ...s, sections } : s;
  };
  const sections = draft.sections.map(section);
  return sections.some((s, i) => s !== draft.sections[i]) ? { ...draft, sections } : draft;
}

export function allDraftTasks(sections: DraftSection[]): DraftTask[] {
  return sections.flatMap((s) => [...s.tasks, ...allDraftTasks(s.sections)]);
}

/** Warnings that fall inside a task's source lines, to flag the task's card. */
export function warningsForTask(task: { line: number; endLine: number }, warnings: ParseWarning[]): ParseWarning[] {
  return warnings.filter((w) => w.line >= task.line && w.line <= Math.max(task.line, task.endLine));
}

/** Problems the server would reject, in Chinese, so the admin can fix them before confirming. */
export function draftProblems(draft: DraftPlan): string[] {
  const problems: string[] = [];
  if (!draft.title.trim()) problems.push("请填写规划标题");
  else if (draft.title.trim().length > 200) problems.push("规划标题不能超过 200 字");
  for (const task of allDraftTasks(draft.sections)) {
    const label = `任务 ${task.number}`;
    if (!task.title.trim()) problems.push(`${label}：标题不能为空`);
    if (task.dueDate !== null && !isCalendarDate(task.dueDate)) problems.push(`${label}：完成日期格式应为 年-月-日`);
    if ((task.deadline?.length ?? 0) > 500) problems.push(`${label}：完成时限原文不能超过 500 字`);
    for (const target of task.targets) {
      if (!target.text.trim()) problems.push(`${label}：目标内容不能为空`);
      if (!Number.isFinite(target.value)) problems.push(`${label}：目标“${target.text}”的数值无效`);
      if (target.year !== null && !(Number.isInteger(target.year) && target.year >= 1949 && target.year <= 2100)) {
        problems.push(`${label}：目标“${target.text}”的年份无效`);
      }
    }
  }
  return problems;
}

/** YYYY-MM-DD naming a real day (what a date input yields, and the server's schema accepts). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A server field-error path ("plan.sections.0.tasks.2.title") as words, for
 * errors the client-side check did not catch.
 */
export function describeIssuePath(path: string): string {
  const parts = path.split(".");
  const out: string[] = [];
  const names: Record<string, string> = {
    title: "标题",
    leaders: "责任领导",
    units: "单位",
    targets: "目标",
    measures: "工作举措",
    milestones: "里程碑",
    name: "名称",
    text: "内容",
    value: "数值",
    year: "年份",
    unit: "计量单位",
    sourceText: "原文",
    dueDate: "完成日期",
    deadline: "完成时限",
    indicators: "指标",
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) + 1 : null;
    if (part === "plan") continue;
    if (part === "sections" && index !== null) {
      out.push(`第${index}部分`);
      i++;
    } else if (part === "tasks" && index !== null) {
      out.push(`第${index}项任务`);
      i++;
    } else if (index !== null && names[part]) {
      out.push(`${names[part]}${index}`);
      i++;
    } else if (names[part]) {
      out.push(names[part]!);
    } else if (!/^\d+$/.test(part)) {
      out.push(part);
    }
  }
  return out.join(" › ") || "规划";
}
