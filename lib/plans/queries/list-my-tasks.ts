import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { groupsOfUnit } from "@/lib/org/groups-of-unit";
import { myTasksBasis } from "./my-tasks-basis";
import { TASK_LIST_SELECT, type TaskListItem } from "./task-select";

export type MyTaskItem = TaskListItem & { plan: { id: string; title: string } };

/**
 * "我负责的": a leader's tasks are those naming a person linked to their
 * account; a unit reporter's are those linking their unit, or a group unit
 * their unit belongs to (各中小学校、幼儿园's tasks are every school's).
 */
export async function listMyTasks(tx: Tx, session: TenantSession, filter: { q?: string; page: number }): Promise<Page<MyTaskItem>> {
  const tenantId = session.tenant.tenantId;
  const basis = myTasksBasis(session);
  const mine: Prisma.TaskWhereInput | null =
    basis === "person"
      ? { leaders: { some: { person: { userId: session.userId } } } }
      : basis === "unit" && session.tenant.orgUnitId
        ? { units: { some: { orgUnitId: { in: [session.tenant.orgUnitId, ...(await groupsOfUnit(tx, tenantId, session.tenant.orgUnitId))] } } } }
        : null;
  if (!mine) return toPage([], 0, 1);
  const where: Prisma.TaskWhereInput = { tenantId, ...mine, ...(filter.q ? { title: { contains: filter.q } } : {}) };
  const items = await tx.task.findMany({
    where,
    orderBy: [{ plan: { startYear: "desc" } }, { position: "asc" }],
    ...pageArgs(filter.page),
    select: { ...TASK_LIST_SELECT, plan: { select: { id: true, title: true } } },
  });
  const total = await tx.task.count({ where });
  return toPage(items, total, filter.page);
}
