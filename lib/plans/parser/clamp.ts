/**
 * The last step of a parse: every field within PLAN_LIMITS (limits.ts), with
 * one warning per kind of cut, so a document with a runaway cell (a whole
 * page pasted into 完成时限, 300 units in one cell) still reaches the review
 * and can be confirmed there.
 */
import { PLAN_LIMITS as L } from "./limits";
import type { ParsedPlan, PlanSection, PlanTask, ParseWarning } from "./types";

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function clampPlan(plan: ParsedPlan): ParsedPlan {
  const notes = new Map<string, number>();
  const note = (what: string, line: number) => {
    if (!notes.has(what)) notes.set(what, line);
  };
  let tasksLeft: number = L.tasks;

  const task = (t: PlanTask): PlanTask => {
    const line = t.line;
    if (t.title.length > L.titleChars) note(`任务标题超过 ${L.titleChars} 字，已截断`, line);
    if ((t.deadline ?? "").length > L.deadlineChars) note(`完成时限超过 ${L.deadlineChars} 字，已截断`, line);
    if (t.measures.length > L.measuresPerTask || t.measures.some((m) => m.length > L.measureChars)) note("工作举措过多或过长，已截断", line);
    if (t.units.length > L.unitsPerTask || t.units.some((u) => u.name.length > L.unitChars)) note(`责任单位超过 ${L.unitsPerTask} 个或名称过长，已截断`, line);
    if (t.leaders.length > L.leadersPerTask) note(`责任领导超过 ${L.leadersPerTask} 人，已截断`, line);
    if ((t.milestones ?? []).length > L.milestonesPerTask) note(`里程碑超过 ${L.milestonesPerTask} 个，已截断`, line);
    const leaders = t.leaders.filter((n) => n.length <= L.personChars).slice(0, L.leadersPerTask);
    return {
      ...t,
      title: cut(t.title, L.titleChars),
      deadline: t.deadline === null ? null : cut(t.deadline, L.deadlineChars),
      measures: t.measures.slice(0, L.measuresPerTask).map((m) => cut(m, L.measureChars)),
      units: t.units.filter((u) => u.name.length <= L.unitChars).slice(0, L.unitsPerTask),
      leaders,
      ...(t.leadersRaw ? { leadersRaw: t.leadersRaw.filter((n) => n.length <= L.personChars).slice(0, leaders.length) } : {}),
      sourceText: cut(t.sourceText, L.sourceTextChars),
      ...(t.milestones
        ? {
            milestones: t.milestones
              .slice(0, L.milestonesPerTask)
              .map((m) => ({ ...m, title: cut(m.title, L.titleChars), deadline: cut(m.deadline, L.deadlineChars) })),
          }
        : {}),
    };
  };

  const section = (s: PlanSection): PlanSection => {
    if (s.title.length > L.titleChars) note(`章节标题超过 ${L.titleChars} 字，已截断`, s.line);
    const tasks = s.tasks.slice(0, Math.max(0, tasksLeft)).map(task);
    if (tasks.length < s.tasks.length) note(`任务超过 ${L.tasks} 项，其余未导入`, s.tasks[tasks.length]?.line ?? s.line);
    tasksLeft -= tasks.length;
    return { ...s, title: cut(s.title, L.titleChars), tasks, sections: s.sections.map(section) };
  };

  const sections = plan.sections.map(section);
  const projects = plan.projects.map((p) => ({
    ...p,
    name: cut(p.name, L.titleChars),
    content: p.content === null ? null : cut(p.content, L.projectTextChars),
  }));
  if (notes.size === 0) return { ...plan, sections, projects };
  const added: ParseWarning[] = [...notes].map(([message, line]) => ({ line, message }));
  const warnings = [...plan.warnings, ...added].map((w) => ({ ...w, message: cut(w.message, L.warningChars) })).sort((a, b) => a.line - b.line);
  return { ...plan, sections, projects, warnings };
}
