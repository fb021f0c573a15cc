// The five public plan documents (prisma/seed/documents), parsed once with the
// app's own parser and flattened by the import's own planRows into templates
// the province generator copies: sections, tasks, measures, leaders, units and
// targets keep the documents' structure; place names, people and unit names
// are substituted per district.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PlanKind, UnitRole } from "@/lib/generated/prisma/enums";
import { planRows, uniqueNames, type IndicatorRow, type PlanRows } from "@/lib/plans/import/plan-rows";
import { readPlanFile } from "@/lib/plans/import/read-document";
import type { ParsedPlan } from "@/lib/plans/parser";
import { DEMO_TENANTS } from "@/prisma/seed/demo-world";
import { DEMO_DOCUMENTS_DIR, DEMO_PLAN_DOCUMENTS } from "@/prisma/seed/demo-plans";

export type TemplateIndicator = Omit<IndicatorRow, "taskId" | "position">;

export interface TemplateTask {
  number: number;
  title: string;
  goal: string | null;
  measures: string[];
  /** Leader names as the document gives them (section-level ones included). */
  leaders: string[];
  /** Units as the document gives them (section-level ones included), once per name and role. */
  units: { name: string; role: UnitRole }[];
  targets: TemplateIndicator[];
  sourceText: string;
  line: number;
}

export interface TemplateSection {
  title: string;
  /** Index of the parent in the same flat (pre-order) list. */
  parent: number | null;
  tasks: TemplateTask[];
}

export interface PlanTemplate {
  file: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  documentNumber: string | null;
  preamble: string;
  planText: { title: string; kind: string; text: string; line: number }[];
  /** Pre-order: a parent always comes before its children. */
  sections: TemplateSection[];
  /** Plan-level targets (goal prose) and the indicator table. */
  indicators: TemplateIndicator[];
  /** Every leader name in order of first appearance. */
  leaders: string[];
  tasks: number;
}

/** The documents' own place names, replaced by the district's. */
export const SOURCE_PLACES = DEMO_TENANTS.filter((t) => t.kind === "bureau").map((t) => t.name.replace(/教育(体育)?局$/, ""));

/** A document without a stated period counts from this year. */
const FALLBACK_YEAR = 2022;

function byTask<R extends { taskId: string | null }>(rows: readonly R[]): Map<string | null, R[]> {
  const out = new Map<string | null, R[]>();
  for (const row of rows) out.set(row.taskId, [...(out.get(row.taskId) ?? []), row]);
  return out;
}

const templateIndicator = ({ taskId: _task, position: _position, ...indicator }: IndicatorRow): TemplateIndicator => indicator;

/** The plan's rows regrouped as a tree of sections holding their tasks. */
function sectionsOf(rows: PlanRows): TemplateSection[] {
  const index = new Map(rows.sections.map((s, i) => [s.id, i]));
  const sections = rows.sections.map((s) => ({ title: s.title, parent: s.parentId === null ? null : index.get(s.parentId)!, tasks: [] as TemplateTask[] }));
  const [measures, leaders, units, targets] = [byTask(rows.measures), byTask(rows.leaders), byTask(rows.units), byTask(rows.indicators)];
  for (const task of rows.tasks) {
    sections[index.get(task.sectionId)!]!.tasks.push({
      number: task.number,
      title: task.title,
      goal: task.goal,
      measures: (measures.get(task.id) ?? []).map((m) => m.text),
      leaders: (leaders.get(task.id) ?? []).map((l) => l.name),
      units: (units.get(task.id) ?? []).map((u) => ({ name: u.name, role: u.role })),
      targets: (targets.get(task.id) ?? []).map(templateIndicator),
      sourceText: task.sourceText,
      line: task.sourceLine,
    });
  }
  return sections;
}

function templateOf(file: string, parsed: ParsedPlan): PlanTemplate {
  let next = 0;
  const rows = planRows(parsed, { newId: () => `${file}#${next++}`, fallbackYear: FALLBACK_YEAR });
  const { plan } = rows;
  return {
    file,
    title: plan.title,
    kind: plan.kind,
    startYear: plan.startYear,
    endYear: plan.endYear,
    documentNumber: plan.documentNumber,
    preamble: plan.planText.preamble,
    planText: plan.planText.blocks,
    sections: sectionsOf(rows),
    indicators: rows.indicators.filter((i) => i.taskId === null).map(templateIndicator),
    leaders: uniqueNames(rows.leaders.map((l) => l.name)),
    tasks: rows.tasks.length,
  };
}

let cached: Promise<PlanTemplate[]> | undefined;

/**
 * The five documents as templates, in DEMO_PLAN_DOCUMENTS order (parsed once
 * per process). One after another: each is read in a bounded worker, and
 * uploads queue for those (lib/files/isolated.ts) rather than wait long.
 */
export function loadPlanTemplates(): Promise<PlanTemplate[]> {
  cached ??= (async () => {
    const templates: PlanTemplate[] = [];
    for (const doc of DEMO_PLAN_DOCUMENTS) {
      const bytes = new Uint8Array(await readFile(path.join(DEMO_DOCUMENTS_DIR, doc.file)));
      templates.push(templateOf(doc.file, (await readPlanFile(doc.file, bytes)).parsed));
    }
    return templates;
  })();
  return cached;
}
