// What a task row carries wherever tasks are listed: leaders, units with
// their role, and the targets stated in it.
import type { Prisma } from "@/lib/generated/prisma/client";

export const TASK_LIST_SELECT = {
  id: true,
  planId: true,
  sectionId: true,
  number: true,
  position: true,
  title: true,
  status: true,
  progress: true,
  // Due date and deadline as written, for the row's 完成时限 and its 逾期 mark.
  dueDate: true,
  deadlineText: true,
  ongoing: true,
  // With the plan's first year, what the row's 亮灯 is judged from (lib/supervision/light.ts).
  closedAt: true,
  plan: { select: { id: true, title: true, startYear: true } },
  leaders: { select: { person: { select: { id: true, name: true } } }, orderBy: { person: { name: "asc" } } },
  units: { select: { role: true, orgUnit: { select: { id: true, name: true } } } },
  indicators: {
    select: { id: true, name: true, unit: true, comparator: true, targetValue: true, targetMax: true, targetYear: true, origin: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.TaskSelect;

export type TaskListItem = Prisma.TaskGetPayload<{ select: typeof TASK_LIST_SELECT }>;

const UNIT_ROLE_ORDER = { lead: 0, responsible: 1, cooperate: 2 } as const;

export function sortUnits<T extends { role: keyof typeof UNIT_ROLE_ORDER; orgUnit: { name: string } }>(units: T[]): T[] {
  return [...units].sort((a, b) => UNIT_ROLE_ORDER[a.role] - UNIT_ROLE_ORDER[b.role] || a.orgUnit.name.localeCompare(b.orgUnit.name, "zh-CN"));
}

/** A task's measures and leaders as plain text lists, as the API's plan document and the task form show them. */
export function measuresAndLeaders(t: { measures: { text: string }[]; leaders: { person: { name: string } }[] }): { measures: string[]; leaders: string[] } {
  return { measures: t.measures.map((m) => m.text), leaders: t.leaders.map((l) => l.person.name) };
}
