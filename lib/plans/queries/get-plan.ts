import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFrequency } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { PLAN_FIELDS_SELECT, type PlanFields } from "./plan-fields";
import { buildSectionTree } from "./section-tree";
import { withLights, type WithLight } from "@/lib/supervision/with-lights";
import { TASK_LIST_SELECT, type TaskListItem } from "./task-select";

export interface TaskFilter {
  q?: string;
  leaderId?: string;
  unitId?: string;
  sectionId?: string;
}

export interface SectionNode {
  id: string;
  parentId: string | null;
  title: string;
  position: number;
  sections: SectionNode[];
  tasks: WithLight<TaskListItem>[];
}

export interface PlanTree {
  plan: PlanFields & {
    reportingFrequency: ReportFrequency;
    planText: unknown;
    createdAt: Date;
    updatedAt: Date;
  };
  sections: SectionNode[];
  /** Tasks matching the filter, in document order. */
  taskCount: number;
  totalTaskCount: number;
  indicators: Prisma.IndicatorGetPayload<{ select: typeof PLAN_INDICATOR_SELECT }>[];
}

export interface PlanFacets {
  leaders: { id: string; name: string }[];
  units: { id: string; name: string }[];
}

const PLAN_INDICATOR_SELECT = {
  id: true,
  name: true,
  unit: true,
  comparator: true,
  baselineValue: true,
  baselineYear: true,
  targetValue: true,
  targetMax: true,
  targetYear: true,
  origin: true,
} satisfies Prisma.IndicatorSelect;

/** The plan with its section tree and (filtered) tasks; loaded by id AND tenant. */
export async function getPlanTree(tx: Tx, tenantId: string, planId: string, filter: TaskFilter = {}): Promise<PlanTree> {
  const plan = await tx.plan.findFirst({
    where: { id: planId, tenantId },
    select: { ...PLAN_FIELDS_SELECT, reportingFrequency: true, planText: true, createdAt: true, updatedAt: true },
  });
  if (!plan) throw new NotFoundError();
  const sections = await tx.section.findMany({ where: { tenantId, planId }, orderBy: { position: "asc" } });
  const sectionIds = filter.sectionId ? descendantIds(sections, filter.sectionId) : null;
  const where: Prisma.TaskWhereInput = {
    tenantId,
    planId,
    ...(sectionIds ? { sectionId: { in: sectionIds } } : {}),
    ...(filter.leaderId ? { leaders: { some: { personId: filter.leaderId } } } : {}),
    ...(filter.unitId ? { units: { some: { orgUnitId: filter.unitId } } } : {}),
    ...(filter.q
      ? { OR: [{ title: { contains: filter.q } }, { goal: { contains: filter.q } }, { measures: { some: { text: { contains: filter.q } } } }] }
      : {}),
  };
  const tasks = await withLights(tx, tenantId, await tx.task.findMany({ where, orderBy: { position: "asc" }, select: TASK_LIST_SELECT }));
  const totalTaskCount = await tx.task.count({ where: { tenantId, planId } });
  const indicators = await tx.indicator.findMany({ where: { tenantId, planId, taskId: null }, orderBy: { position: "asc" }, select: PLAN_INDICATOR_SELECT });
  return { plan, sections: buildTree(sections, tasks), taskCount: tasks.length, totalTaskCount, indicators };
}

/** The plan page's filter choices: the leaders and units its tasks name (the caller has loaded the plan by id and tenant). */
export async function getPlanFacets(tx: Tx, tenantId: string, planId: string): Promise<PlanFacets> {
  const leaders = await tx.person.findMany({
    where: { tenantId, taskLeaders: { some: { task: { planId } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const units = await tx.orgUnit.findMany({
    where: { tenantId, taskUnits: { some: { task: { planId } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { leaders, units };
}

function descendantIds(sections: { id: string; parentId: string | null }[], rootId: string): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) for (const s of sections) if (s.parentId === ids[i]) ids.push(s.id);
  return sections.some((s) => s.id === rootId) ? ids : [];
}

function buildTree(sections: { id: string; parentId: string | null; title: string; position: number }[], tasks: WithLight<TaskListItem>[]): SectionNode[] {
  const plain = sections.map((s) => ({ id: s.id, parentId: s.parentId, title: s.title, position: s.position }));
  return buildSectionTree(plain, tasks) as SectionNode[];
}
