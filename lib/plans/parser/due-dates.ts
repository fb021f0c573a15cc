/**
 * The last pass of parsing: each task's deadline as written (完成时限 from a
 * label or a table cell) resolved to `dueDate` / `ongoing` against the plan's
 * year (its period, else its issue date), and so is each of its milestones'. A task whose date is already set
 * (by whoever built it) keeps it. Problems become warnings on the task's line.
 */
import type { ParsedPlan, PlanSection, PlanTask, ParseWarning } from "./types";
import { resolveDeadline, type DeadlineContext } from "./deadlines";
import { deadlineInProse } from "./prose-deadline";

export function deadlineContext(plan: Pick<ParsedPlan, "period" | "issueDate" | "title">): DeadlineContext {
  if (plan.period) return { startYear: plan.period.startYear, endYear: plan.period.endYear, schoolYear: schoolYearOf(plan.title ?? "") };
  const issueYear = /^(\d{4})/.exec(plan.issueDate ?? "")?.[1];
  return issueYear ? { startYear: Number(issueYear), endYear: Number(issueYear) } : { startYear: null, endYear: null };
}

function schoolYearOf(title: string): DeadlineContext["schoolYear"] {
  if (!/学年/.test(title)) return null;
  return /(第二|下)学期|春季学期/.test(title) ? "spring" : "whole";
}

/** Warnings quote the task and its deadline, briefly (the review's warnings are bounded). */
function clip(text: string, max = 40): string {
  const chars = [...text.trim()];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}

function taskLine(task: PlanTask): number {
  return "line" in task.source ? task.source.line : task.line;
}

export function withDueDates(plan: ParsedPlan): ParsedPlan {
  const context = deadlineContext(plan);
  const warnings: ParseWarning[] = [];
  const task = (t: PlanTask): PlanTask => {
    // A stage's date is its header's (一季度 → 03-31); the task's own deadline speaks for any doubt about the year.
    if (t.milestones?.length)
      t = { ...t, milestones: t.milestones.map((m) => (m.dueDate === null ? { ...m, dueDate: resolveDeadline(m.deadline, context).dueDate } : m)) };
    if (t.deadline === null && t.dueDate === null && !t.ongoing) {
      // The item's own sentence (…，6月底前完成章程修订) dates the task; a date in a measure may date one
      // step of it (于6月底前完成摸底调查), so it is only pointed out.
      const stated = deadlineInProse([t.title], context);
      const inMeasures = stated ? null : deadlineInProse(t.measures, context);
      if (stated) t = { ...t, deadline: stated };
      else if (inMeasures) warnings.push({ line: taskLine(t), message: `任务“${clip(t.title)}”没有写完成时限，内容中提到“${inMeasures}”，请核对` });
    }
    if (t.deadline === null || !t.deadline.trim() || t.dueDate !== null) return t;
    const resolved = resolveDeadline(t.deadline, context);
    if (resolved.warning) warnings.push({ line: taskLine(t), message: `任务“${clip(t.title)}”的完成时限“${clip(t.deadline)}”：${resolved.warning}` });
    return { ...t, dueDate: resolved.dueDate, ongoing: t.ongoing || resolved.ongoing };
  };
  const section = (s: PlanSection): PlanSection => ({ ...s, tasks: s.tasks.map(task), sections: s.sections.map(section) });
  const sections = plan.sections.map(section);
  // Idempotent: a second pass (parsePlanDocument over parsePlanText) adds no warning twice.
  const known = new Set(plan.warnings.map((w) => `${w.line}|${w.message}`));
  const fresh = warnings.filter((w) => !known.has(`${w.line}|${w.message}`));
  if (fresh.length === 0) return { ...plan, sections };
  // Stable sort keeps the parser's order among warnings on one line.
  return { ...plan, sections, warnings: [...plan.warnings, ...fresh].sort((a, b) => a.line - b.line) };
}
