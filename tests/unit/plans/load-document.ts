import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePlanText, type ParsedPlan, type PlanSection, type PlanTask } from "@/lib/plans/parser";

const DOCUMENTS = path.resolve(__dirname, "../../../prisma/seed/documents");

export function readDocument(name: string): string {
  return readFileSync(path.join(DOCUMENTS, name), "utf8");
}

export function parseDocument(name: string): ParsedPlan {
  return parsePlanText(readDocument(name));
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
