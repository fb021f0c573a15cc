import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { groupsOfUnit } from "@/lib/org/groups-of-unit";
import type { TaskLight } from "@/lib/vocabulary";
import { todayInChina } from "@/lib/reports/periods";
import { taskIdsWithLight } from "@/lib/supervision/task-ids-with-light";
import { withLights, type WithLight } from "@/lib/supervision/with-lights";
import { myTasksBasis } from "./my-tasks-basis";
import { TASK_LIST_SELECT, type TaskListItem } from "./task-select";

export type MyTaskItem = WithLight<TaskListItem>;

/**
 * "我负责的": a leader's tasks are those naming a person linked to their
 * account; a unit reporter's are those linking their unit, or a group unit
 * their unit belongs to (各中小学校、幼儿园's tasks are every school's).
 */
export async function listMyTasks(tx: Tx, session: TenantSession, filter: { q?: string; light?: TaskLight; page: number }): Promise<Page<MyTaskItem>> {
  const tenantId = session.tenant.tenantId;
  const basis = myTasksBasis(session);
  const mine: Prisma.TaskWhereInput | null =
    basis === "person"
      ? { leaders: { some: { person: { userId: session.userId } } } }
      : basis === "unit" && session.tenant.orgUnitId
        ? { units: { some: { orgUnitId: { in: [session.tenant.orgUnitId, ...(await groupsOfUnit(tx, tenantId, session.tenant.orgUnitId))] } } } }
        : null;
  if (!mine) return toPage([], 0, 1);
  const today = todayInChina();
  const where: Prisma.TaskWhereInput = {
    tenantId,
    ...mine,
    ...(filter.q ? { title: { contains: filter.q } } : {}),
    // 亮灯 judged in SQL (light-sql.ts): the total and the pages count only those tasks.
    ...(filter.light ? { id: { in: await taskIdsWithLight(tx, tenantId, filter.light, today) } } : {}),
  };
  const items = await tx.task.findMany({
    where,
    orderBy: [{ plan: { startYear: "desc" } }, { position: "asc" }],
    ...pageArgs(filter.page),
    select: TASK_LIST_SELECT,
  });
  const total = await tx.task.count({ where });
  return toPage(await withLights(tx, tenantId, items, today), total, filter.page);
}
