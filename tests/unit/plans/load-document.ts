import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePlanText, type ParsedPlan, type PlanDocument, type PlanSection, type PlanTask, type TableRow } from "@/lib/plans/parser";

const DOCUMENTS = path.resolve(__dirname, "../../../prisma/seed/documents");

/** The five seed documents (prisma/seed/demo-plans.ts), in the seed's order. */
export const SEED_DOCUMENTS = [
  "jinfeng-2022-work-points.txt",
  "jinfeng-2022-party-building.txt",
  "xingqing-14th-five-year-plan.txt",
  "helan-quality-action-plan.txt",
  "huiji-2023-work-points.txt",
];

export function readDocument(name: string): string {
  return readFileSync(path.join(DOCUMENTS, name), "utf8");
}

export function parseDocument(name: string): ParsedPlan {
  return parsePlanText(readDocument(name));
}

/** A seed document parsed, with its tasks in document order and a task by its number (a missing one fails the test). */
export function loadGolden(name: string): { plan: ParsedPlan; tasks: PlanTask[]; task: (n: number) => PlanTask } {
  const plan = parseDocument(name);
  const tasks = allTasks(plan);
  const task = (n: number) => {
    const t = tasks.find((x) => x.number === n);
    if (!t) throw new Error(`task ${n} missing`);
    return t;
  };
  return { plan, tasks, task };
}

/** Every task in document order, whatever the section nesting. */
export function allTasks(plan: ParsedPlan): PlanTask[] {
  const out: PlanTask[] = [];
  const walk = (s: PlanSection) => {
    out.push(...s.tasks);
    s.sections.forEach(walk);
  };
  plan.sections.forEach(walk);
  return out;
}

export function allSections(plan: ParsedPlan): PlanSection[] {
  const out: PlanSection[] = [];
  const walk = (s: PlanSection) => {
    out.push(s);
    s.sections.forEach(walk);
  };
  plan.sections.forEach(walk);
  return out;
}

/** Compact "name:role" list, role as l(ead) / c(ooperate) / r(esponsible). */
export function unitList(task: PlanTask): string[] {
  return task.units.map((u) => `${u.name}:${u.role[0]}`);
}

/** What a user sees of a parse, to compare one document read from two formats: structure, tasks with their people, units and targets. */
export function userDigest(plan: ParsedPlan) {
  return {
    title: plan.title,
    period: plan.period,
    documentNumber: plan.documentNumber,
    sections: plan.sections.map((s) => [s.number, s.title, s.sections.length]),
    tasks: allTasks(plan).map((t) => ({
      title: t.title,
      leaders: t.leaders,
      units: t.units.map((u) => `${u.name}:${u.role}`),
      targets: t.targets.map((g) => [g.text, g.value, g.unit, g.comparator, g.year]),
    })),
    indicators: plan.indicators.map((i) => [i.name, i.baseline?.value ?? null, i.target?.value ?? null]),
  };
}

/**
 * A document of a title and one table, as a Word or Excel reader delivers it:
 * a row is its cells' texts, or cells written out (merged ones).
 */
export function titledTable(title: string, rows: (string[] | TableRow)[], format: PlanDocument["format"] = "xlsx"): PlanDocument {
  const row = (r: string[] | TableRow): TableRow => (Array.isArray(r) ? { cells: r.map((text) => ({ text })) } : r);
  return {
    format,
    blocks: [
      { kind: "paragraph", text: title },
      { kind: "table", rows: rows.map(row) },
    ],
  };
}
