// Options for the task list's filter form, and the names of what is filtered.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskListFilter } from "@/lib/plans/display/task-list-filter";
import { PRIMARY_TASK_UNIT_WHERE } from "./primary-unit";

type Option = { id: string; name: string };

export interface TaskListFacets {
  plans: Option[];
  leaders: Option[];
  units: Option[];
  /** Top-level sections of the selected plan. */
  sections: Option[];
  /** The filtered section, when set (it may be deeper than top level). */
  section: (Option & { planTitle: string }) | null;
  /** Whether the caller is linked to a leader named in plans (offers 我负责的). */
  hasLinkedPerson: boolean;
}

export async function getTaskListFacets(tx: Tx, tenantId: string, userId: string, filter: TaskListFilter): Promise<TaskListFacets> {
  const plans = await tx.plan.findMany({ where: { tenantId }, select: { id: true, title: true }, orderBy: [{ startYear: "desc" }, { title: "asc" }] });
  const leaders = await tx.person.findMany({
    where: { tenantId, taskLeaders: { some: {} } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const units = await tx.orgUnit.findMany({
    where: { tenantId, taskUnits: { some: filter.role === "lead" ? PRIMARY_TASK_UNIT_WHERE : {} } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const sections = filter.plan
    ? await tx.section.findMany({ where: { tenantId, planId: filter.plan, parentId: null }, select: { id: true, title: true }, orderBy: { position: "asc" } })
    : [];
  const section = filter.section
    ? await tx.section.findFirst({ where: { tenantId, id: filter.section }, select: { id: true, title: true, plan: { select: { title: true } } } })
    : null;
  const linked = await tx.person.count({ where: { tenantId, userId } });
  return {
    plans: plans.map((p) => ({ id: p.id, name: p.title })),
    leaders,
    units,
    sections: sections.map((s) => ({ id: s.id, name: s.title })),
    section: section ? { id: section.id, name: section.title, planTitle: section.plan.title } : null,
    hasLinkedPerson: linked > 0,
  };
}
