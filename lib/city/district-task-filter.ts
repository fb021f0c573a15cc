// The drill-down's task list filter as URL parameters (?light=red&status=…&plan=…&page=):
// what each figure of the city home and the district overview links to.
// Malformed values fall back to "all", page 1.
import { z } from "zod";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { firstParam } from "@/lib/pagination";
import { TASK_LIGHTS, TASK_STATUSES, type TaskLight } from "@/lib/vocabulary";

const schema = z.object({
  light: z.enum(TASK_LIGHTS).optional().catch(undefined),
  status: z.enum(TASK_STATUSES).optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type DistrictTaskFilter = z.infer<typeof schema>;

export function parseDistrictTaskFilter(raw: Record<string, string | string[] | undefined>): DistrictTaskFilter {
  return schema.parse({ light: firstParam(raw.light), status: firstParam(raw.status), plan: firstParam(raw.plan), page: firstParam(raw.page) });
}

/** The link to a district's task list with a filter (no page: a filter starts on its first page). */
export function districtTasksHref(code: string, filter: { light?: TaskLight; status?: TaskStatus; plan?: string } = {}): string {
  const search = new URLSearchParams();
  if (filter.light) search.set("light", filter.light);
  if (filter.status) search.set("status", filter.status);
  if (filter.plan) search.set("plan", filter.plan);
  const query = search.toString();
  return `/districts/${encodeURIComponent(code)}/tasks${query ? `?${query}` : ""}`;
}
