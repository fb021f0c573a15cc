/**
 * A plan often lists its tasks in prose and then, as 附件1 重点任务分工表,
 * gives each the units, leaders and deadline in a table. Read separately, each
 * task would be imported twice: once bare, once from the table. A table task
 * whose title is a prose task's title (spacing and punctuation aside) is that
 * task's assignment: what the prose task lacks is filled from the row, and
 * the row is not a task of its own. A table that names other tasks as well
 * keeps those; a section left with no task goes.
 */
import type { ParsedPlan, PlanSection, PlanTask } from "./types";

const key = (title: string) => title.replace(/[\s\p{P}\p{S}]/gu, "");

function allTasks(sections: PlanSection[]): PlanTask[] {
  return sections.flatMap((s) => [...s.tasks, ...allTasks(s.sections)]);
}

const fromTable = (task: PlanTask) => "table" in task.source;

function filled(task: PlanTask, row: PlanTask): PlanTask {
  // What the row writes beyond its title (新建幼儿园3所) is added to the task's own, with its targets.
  const known = new Set(task.measures.map(key));
  const measures = row.measures.filter((m) => key(m) !== key(row.title) && !known.has(key(m)));
  // The same figure in the same unit is the same target, however the row words it (普惠率92% for 覆盖率达到92%).
  const figure = (t: PlanTask["targets"][number]) => `${t.comparator}|${t.value}|${t.unit}`;
  const quoted = new Set(task.targets.map(figure));
  return {
    ...task,
    goal: task.goal ?? row.goal,
    measures: [...task.measures, ...measures],
    targets: [...task.targets, ...row.targets.filter((t) => !quoted.has(figure(t)))],
    leaders: task.leaders.length ? task.leaders : row.leaders,
    ...(task.leaders.length || !row.leadersRaw ? {} : { leadersRaw: row.leadersRaw }),
    units: task.units.length ? task.units : row.units,
    deadline: task.deadline ?? row.deadline,
    dueDate: task.deadline ? task.dueDate : row.dueDate,
    ongoing: task.deadline ? task.ongoing : row.ongoing,
    ...(task.status || !row.status ? {} : { status: row.status }),
  };
}

/** The row names other units than the plan's own text: the text stands, and the reviewer is told. */
function unitsDiffer(task: PlanTask, row: PlanTask): boolean {
  const names = (t: PlanTask) =>
    t.units
      .map((u) => u.name)
      .sort()
      .join("、");
  return task.units.length > 0 && row.units.length > 0 && names(task) !== names(row);
}

export function withAnnexAssignments(plan: ParsedPlan): ParsedPlan {
  const tasks = allTasks(plan.sections);
  const prose = new Map<string, PlanTask>();
  for (const task of tasks) if (!fromTable(task) && key(task.title) && !prose.has(key(task.title))) prose.set(key(task.title), task);
  // Each table row that assigns a prose task, and the row each such task takes (the first, below it).
  const rows = new Set<PlanTask>();
  const rowOf = new Map<PlanTask, PlanTask>();
  for (const task of tasks) {
    const match = fromTable(task) ? prose.get(key(task.title)) : undefined;
    if (!match || rowOf.has(match) || task.line <= match.line) continue;
    rows.add(task);
    rowOf.set(match, task);
  }
  if (rows.size === 0) return plan;
  const warnings = [...rowOf]
    .filter(([task, row]) => unitsDiffer(task, row))
    .map(([task, row]) => ({
      line: row.line,
      message: `附件表格中“${task.title.slice(0, 30)}”的责任单位（${row.units
        .map((u) => u.name)
        .join("、")
        .slice(0, 60)}）与正文不同，已按正文，请核对`,
    }));
  const section = (s: PlanSection): PlanSection => ({
    ...s,
    tasks: s.tasks.filter((t) => !rows.has(t)).map((t) => (rowOf.has(t) ? filled(t, rowOf.get(t)!) : t)),
    sections: s.sections.filter((c) => !emptied(c, rows)).map(section),
  });
  return { ...plan, sections: plan.sections.filter((s) => !emptied(s, rows)).map(section), warnings: [...plan.warnings, ...warnings] };
}

/** A section (a table's, usually) whose every task was an assignment row: nothing of it is left to show. */
function emptied(s: PlanSection, rows: Set<PlanTask>): boolean {
  const bare = s.text === null && s.leaders.length === 0 && s.units.length === 0;
  const something = s.tasks.length > 0 || s.sections.length > 0;
  return bare && something && s.tasks.every((t) => rows.has(t)) && s.sections.every((c) => emptied(c, rows));
}
