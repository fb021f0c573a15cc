// Links into the tenant-wide task list. The dashboard builds every figure's link
// with taskListHref, so a number and the list behind it are the same filter by
// construction. Apart from the filter's parser (./task-list-filter.ts, zod) so
// the client components that build links carry no schema.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import type { TaskListFilter } from "./task-list-filter";

/** "none" selects tasks naming no leader / no (lead) unit. */
export const NONE = "none";

export type TaskListLink = Partial<Omit<TaskListFilter, "page" | "status">> & { status?: TaskStatus };

/** URL parameters of a filter, in a fixed order (also for the pager). */
export function taskListParams(filter: TaskListLink): Record<string, string | undefined> {
  return {
    mine: filter.mine ? "1" : undefined,
    plan: filter.plan,
    section: filter.section,
    leader: filter.leader,
    unit: filter.unit,
    role: filter.unit && filter.role ? filter.role : undefined,
    status: filter.status,
    overdue: filter.overdue ? "1" : undefined,
    light: filter.light,
    q: filter.q,
  };
}

export function taskListHref(filter: TaskListLink, path = "/tasks"): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(taskListParams(filter))) if (v) search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
