// The tenant-wide task list's filter as URL parameters, and the links into it.
// The dashboard builds every figure's link with taskListHref, so a number and
// the list behind it are the same filter by construction.
import { z } from "zod";
import { TASK_LIGHTS, TASK_STATUSES } from "@/lib/vocabulary";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { firstParam } from "@/lib/pagination";

/** "none" selects tasks naming no leader / no (lead) unit. */
export const NONE = "none";

const idOrNone = z
  .union([z.literal(NONE), z.uuid()])
  .optional()
  .catch(undefined);
const flag = z
  .string()
  .optional()
  .transform((v) => v === "1")
  .catch(false);

const schema = z.object({
  status: z.enum(TASK_STATUSES).optional().catch(undefined),
  leader: idOrNone,
  unit: idOrNone,
  /** "lead": the unit filter means primary unit (lead, else responsible; the dashboard's grouping), otherwise any role. */
  role: z.literal("lead").optional().catch(undefined),
  section: z.uuid().optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
  overdue: flag,
  light: z.enum(TASK_LIGHTS).optional().catch(undefined),
  mine: flag,
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type TaskListFilter = z.infer<typeof schema>;
export type TaskListLink = Partial<Omit<TaskListFilter, "page" | "status">> & { status?: TaskStatus };

export function parseTaskListFilter(raw: Record<string, string | string[] | undefined>): TaskListFilter {
  const pick = (k: string) => firstParam(raw[k]) || undefined;
  return schema.parse({
    status: pick("status"),
    leader: pick("leader"),
    unit: pick("unit"),
    role: pick("role"),
    section: pick("section"),
    plan: pick("plan"),
    overdue: pick("overdue"),
    light: pick("light"),
    mine: pick("mine"),
    q: pick("q"),
    page: pick("page"),
  });
}

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

export function taskListHref(filter: TaskListLink): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(taskListParams(filter))) if (v) search.set(k, v);
  const qs = search.toString();
  return qs ? `/tasks?${qs}` : "/tasks";
}

export function isFiltered(filter: TaskListFilter): boolean {
  return Boolean(filter.status || filter.leader || filter.unit || filter.section || filter.plan || filter.overdue || filter.light || filter.mine || filter.q);
}
