// ParsedPlan → the rows a plan is stored as, pure (no database): the plan's
// header, its sections in pre-order (a parent before its children), tasks,
// measures, the leaders and units each task names (its sections' included),
// and the indicators (task targets, then the plan's goal targets, then its
// indicator table), each with an id and its position. importPlan writes them
// in one transaction; the benchmark province copies them as templates.
import type { PlanKind, TaskStatus, UnitRole } from "@/lib/generated/prisma/enums";
import type { ParsedPlan, PlanSection, PlanTask, ResponsibleUnit } from "@/lib/plans/parser";
import { guessPlanKind } from "./classify";
import { tableIndicator, targetIndicator, type IndicatorRow } from "./indicator-rows";
import { normalisePersonName } from "@/lib/org/person-name";

export type { IndicatorRow };

export interface PlanHeader {
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  documentNumber: string | null;
  planText: {
    preamble: string;
    issuer: string | null;
    issueDate: string | null;
    blocks: { title: string; kind: string; text: string; line: number }[];
    warnings: { line: number; message: string }[];
  };
}

export interface SectionRow {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
}

export interface TaskRow {
  id: string;
  sectionId: string;
  number: number;
  position: number;
  title: string;
  goal: string | null;
  sourceText: string;
  sourceLine: number;
  /** 完成时限 as written; `dueDate` is the day it names (UTC midnight, a date column). */
  deadlineText: string | null;
  dueDate: Date | null;
  ongoing: boolean;
  /** What the document states (整改状态：已完成); a completed task is at 100 %. */
  status: TaskStatus;
  progress: number;
}

export interface PlanRows {
  plan: PlanHeader;
  sections: SectionRow[];
  tasks: TaskRow[];
  measures: { taskId: string; position: number; text: string }[];
  /** A task's stages (一季度 → 完成选址), each a milestone due on its stage's last day. */
  milestones: { taskId: string; position: number; title: string; dueDate: Date | null }[];
  /** Each task's leaders by name, its sections' first, once each. */
  leaders: { taskId: string; name: string }[];
  /** Each task's units by name and role, its sections' first, once each. */
  units: { taskId: string; name: string; role: UnitRole }[];
  indicators: IndicatorRow[];
  /** The annex project tables' projects, in document order. */
  projects: ProjectRow[];
}

export interface ProjectRow {
  position: number;
  name: string;
  content: string | null;
  investment: string | null;
  investmentWanYuan: number | null;
  years: string | null;
  units: string[];
  taskNumber: number | null;
}

export interface PlanRowsOptions {
  /** Makes each section's and task's id (randomUUID for the database; anything unique for a template). */
  newId: () => string;
  /** The plan's years when the document states none. */
  fallbackYear: number;
}

type Scope = { leaders: string[]; units: ResponsibleUnit[] };

export function planRows(parsed: ParsedPlan, options: PlanRowsOptions): PlanRows {
  const rows: PlanRows = {
    plan: planHeader(parsed, options.fallbackYear),
    sections: [],
    tasks: [],
    measures: [],
    milestones: [],
    leaders: [],
    units: [],
    indicators: [],
    projects: (parsed.projects ?? []).map((p, position) => ({
      position,
      name: p.name.trim(),
      content: p.content,
      investment: p.investment,
      investmentWanYuan: p.investmentWanYuan,
      years: p.years,
      units: uniqueNames(p.units.map((u) => u.name)),
      taskNumber: p.taskNumber,
    })),
  };
  const walk = (section: PlanSection, parentId: string | null, inherited: Scope) => {
    const id = options.newId();
    rows.sections.push({ id, parentId, position: rows.sections.length, title: section.title || "（未命名部分）" });
    const scope = { leaders: [...inherited.leaders, ...section.leaders], units: [...inherited.units, ...section.units] };
    for (const task of section.tasks) addTask(rows, task, id, scope, options.newId());
    for (const child of section.sections) walk(child, id, scope);
  };
  for (const section of parsed.sections) walk(section, null, { leaders: [], units: [] });
  for (const target of parsed.targets) addIndicator(rows, targetIndicator(target, null));
  for (const indicator of parsed.indicators) addIndicator(rows, tableIndicator(indicator));
  return rows;
}

function planHeader(parsed: ParsedPlan, year: number): PlanHeader {
  const title = parsed.title.trim();
  return {
    title,
    kind: guessPlanKind(title),
    startYear: parsed.period?.startYear ?? year,
    endYear: parsed.period?.endYear ?? parsed.period?.startYear ?? year,
    documentNumber: parsed.documentNumber,
    planText: {
      preamble: parsed.preamble,
      issuer: parsed.issuer,
      issueDate: parsed.issueDate,
      blocks: parsed.planText.map((b) => ({ title: b.title, kind: b.kind, text: b.text, line: b.line })),
      warnings: parsed.warnings.map((w) => ({ line: w.line, message: w.message })),
    },
  };
}

function addTask(rows: PlanRows, task: PlanTask, sectionId: string, scope: Scope, taskId: string) {
  rows.tasks.push({
    id: taskId,
    sectionId,
    number: task.number,
    position: rows.tasks.length,
    title: task.title || `任务 ${task.number}`,
    goal: task.goal,
    sourceText: task.sourceText,
    sourceLine: task.line,
    deadlineText: task.deadline?.trim() || null,
    dueDate: task.dueDate ? new Date(`${task.dueDate}T00:00:00Z`) : null,
    ongoing: task.dueDate ? false : task.ongoing,
    status: task.status ?? "not_started",
    progress: task.status === "completed" ? 100 : 0,
  });
  task.measures.forEach((text, position) => rows.measures.push({ taskId, position, text }));
  (task.milestones ?? []).forEach((m, i) =>
    // A stage that names no date (第一阶段) keeps its name in the milestone's.
    rows.milestones.push({
      taskId,
      position: i + 1,
      title: m.dueDate ? m.title : `${m.deadline}：${m.title}`,
      dueDate: m.dueDate ? new Date(`${m.dueDate}T00:00:00Z`) : null,
    }),
  );
  for (const name of uniqueNames([...scope.leaders, ...task.leaders].map(normalisePersonName))) rows.leaders.push({ taskId, name });
  const seen = new Set<string>();
  for (const unit of [...scope.units, ...task.units]) {
    const key = `${unit.name}|${unit.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.units.push({ taskId, name: unit.name, role: unit.role });
  }
  for (const target of task.targets) addIndicator(rows, targetIndicator(target, taskId));
}

/** Indicators are numbered in the order they are added. */
function addIndicator(rows: PlanRows, row: Omit<IndicatorRow, "position">) {
  rows.indicators.push({ ...row, position: rows.indicators.length });
}

/** Names trimmed, blanks dropped, each once in order of first appearance. */
export function uniqueNames(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
