// A stored plan in the parser's JSON shape (plus ids and status fields), for
// the API: other systems read the same structure the importer consumed.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { measuresAndLeaders } from "./task-select";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { COMPARATOR_TO_API } from "@/lib/vocabulary";
import { listPlanSections } from "./list-plan-sections";
import { buildSectionTree } from "./section-tree";
import { sortUnits } from "./task-select";

const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));

const TASK_DOCUMENT_SELECT = {
  id: true,
  sectionId: true,
  number: true,
  title: true,
  goal: true,
  status: true,
  progress: true,
  dueDate: true,
  deadlineText: true,
  ongoing: true,
  version: true,
  updatedAt: true,
  measures: { orderBy: { position: "asc" }, select: { text: true } },
  leaders: { select: { person: { select: { id: true, name: true } } } },
  units: { select: { role: true, orgUnit: { select: { id: true, name: true } } } },
  indicators: { orderBy: { position: "asc" } },
} satisfies Prisma.TaskSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<object>;

export function indicatorDocument(i: IndicatorRow) {
  return {
    id: i.id,
    name: i.name,
    unit: i.unit,
    origin: i.origin,
    baseline: i.baselineValue === null ? null : { value: num(i.baselineValue), year: i.baselineYear },
    target:
      i.targetValue === null ? null : { value: num(i.targetValue), max: num(i.targetMax), year: i.targetYear, comparator: COMPARATOR_TO_API[i.comparator] },
    planId: i.planId,
    taskId: i.taskId,
  };
}

export function taskDocument(t: Prisma.TaskGetPayload<{ select: typeof TASK_DOCUMENT_SELECT }>) {
  return {
    id: t.id,
    number: t.number,
    title: t.title,
    goal: t.goal,
    ...measuresAndLeaders(t),
    units: sortUnits(t.units).map((u) => ({ id: u.orgUnit.id, name: u.orgUnit.name, role: u.role })),
    targets: t.indicators.map((i) => ({
      id: i.id,
      text: i.sourceText ?? i.name,
      value: num(i.targetValue),
      max: num(i.targetMax),
      unit: i.unit,
      comparator: COMPARATOR_TO_API[i.comparator],
      year: i.targetYear,
    })),
    status: t.status,
    progress: t.progress,
    dueDate: t.dueDate,
    // 完成时限 as the document wrote it, beside the date it resolved to (as the parser's JSON has it).
    deadline: t.deadlineText,
    ongoing: t.ongoing,
    version: t.version,
    updatedAt: t.updatedAt,
  };
}

export async function getPlanDocument(tx: Tx, tenantId: string, planId: string) {
  const plan = await tx.plan.findFirst({ where: { id: planId, tenantId }, include: { tenant: { select: { code: true } } } });
  if (!plan) throw new NotFoundError();
  const sections = await listPlanSections(tx, tenantId, planId);
  const tasks = await tx.task.findMany({ where: { tenantId, planId }, orderBy: { position: "asc" }, select: TASK_DOCUMENT_SELECT });
  const indicators = await tx.indicator.findMany({ where: { tenantId, planId, taskId: null }, orderBy: { position: "asc" } });
  const tree = buildSectionTree(sections, tasks);
  type Node = { id: string; title: string; sections: Node[]; tasks: typeof tasks };
  const shape = (n: Node): unknown => ({ id: n.id, title: n.title, sections: n.sections.map(shape), tasks: n.tasks.map(taskDocument) });
  return {
    id: plan.id,
    title: plan.title,
    tenant: plan.tenant.code,
    kind: plan.kind,
    period: { startYear: plan.startYear, endYear: plan.endYear },
    documentNumber: plan.documentNumber,
    sections: (tree as unknown as Node[]).map(shape),
    indicators: indicators.map(indicatorDocument),
    updatedAt: plan.updatedAt,
  };
}

export async function getTaskDocument(tx: Tx, tenantId: string, taskId: string) {
  const task = await tx.task.findFirst({
    where: { id: taskId, tenantId },
    select: {
      ...TASK_DOCUMENT_SELECT,
      planId: true,
      sourceText: true,
      sourceLine: true,
      section: { select: { id: true, title: true } },
      plan: { select: { title: true } },
    },
  });
  if (!task) throw new NotFoundError();
  return {
    ...taskDocument(task),
    plan: { id: task.planId, title: task.plan.title },
    section: task.section,
    source: { text: task.sourceText, line: task.sourceLine },
  };
}
