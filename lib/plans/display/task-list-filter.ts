// The tenant-wide task list's filter read from its URL parameters; the links
// into it are built in ./task-list-href.ts.
import { z } from "zod";
import { TASK_LIGHTS, TASK_STATUSES } from "@/lib/vocabulary";
import { firstParam, urlFlag } from "@/lib/pagination";
import { NONE } from "./task-list-href";

const idOrNone = z
  .union([z.literal(NONE), z.uuid()])
  .optional()
  .catch(undefined);

/** The filter's URL parameters; lenient (a bad value is dropped, never an error), so a shared link still opens. */
export const taskListFilterSchema = z.object({
  status: z.enum(TASK_STATUSES).optional().catch(undefined),
  leader: idOrNone,
  unit: idOrNone,
  /** "lead": the unit filter means primary unit (lead, else responsible; the dashboard's grouping), otherwise any role. */
  role: z.literal("lead").optional().catch(undefined),
  section: z.uuid().optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
  overdue: urlFlag,
  light: z.enum(TASK_LIGHTS).optional().catch(undefined),
  mine: urlFlag,
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type TaskListFilter = z.infer<typeof taskListFilterSchema>;

export function parseTaskListFilter(raw: Record<string, string | string[] | undefined>): TaskListFilter {
  const pick = (k: string) => firstParam(raw[k]) || undefined;
  return taskListFilterSchema.parse({
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

export function isFiltered(filter: TaskListFilter): boolean {
  return Boolean(filter.status || filter.leader || filter.unit || filter.section || filter.plan || filter.overdue || filter.light || filter.mine || filter.q);
}
