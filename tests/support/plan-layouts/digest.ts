/**
 * What a layout must read as, whatever the format it was rendered to: the
 * figures a user checks in the import review. Sources (line, or table and
 * row) and warnings depend on the format and are asserted per format.
 */
import type { ParsedPlan, PlanSection, PlanTask } from "@/lib/plans/parser";

export interface LayoutDigest {
  title: string;
  /** Section titles, nested ones indented by two spaces per level. */
  sections: string[];
  tasks: { number: number; title: string; measures: number; leaders: string[]; units: string[]; deadline: string | null }[];
  projects: { name: string; investmentWanYuan: number | null; years: string | null; units: string[]; taskNumber: number | null }[];
  indicators: { name: string; category: string | null; baseline: number | null; target: number | null; attribute: string | null }[];
}

function sectionTitles(sections: PlanSection[], depth = 0): string[] {
  return sections.flatMap((s) => [`${"  ".repeat(depth)}${s.title}`, ...sectionTitles(s.sections, depth + 1)]);
}

function tasksOf(sections: PlanSection[]): PlanTask[] {
  return sections.flatMap((s) => [...s.tasks, ...tasksOf(s.sections)]);
}

const unitKey = (u: { name: string; role: string }) => `${u.name}:${u.role}`;

export function layoutDigest(plan: ParsedPlan): LayoutDigest {
  return {
    title: plan.title,
    sections: sectionTitles(plan.sections),
    tasks: tasksOf(plan.sections).map((t) => ({
      number: t.number,
      title: t.title,
      measures: t.measures.length,
      leaders: t.leaders,
      units: t.units.map(unitKey),
      deadline: t.deadline,
    })),
    projects: plan.projects.map((p) => ({
      name: p.name,
      investmentWanYuan: p.investmentWanYuan,
      years: p.years,
      units: p.units.map(unitKey),
      taskNumber: p.taskNumber,
    })),
    indicators: plan.indicators.map((i) => ({
      name: i.name,
      category: i.category,
      baseline: i.baseline?.value ?? null,
      target: i.target?.value ?? null,
      attribute: i.attribute,
    })),
  };
}
