// Options for the task list's filter form, and the names of what is filtered.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskListFilter } from "@/lib/plans/display/task-list-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { PRIMARY_TASK_UNIT_SQL } from "./primary-unit";

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

/** One statement: each option list aggregated to JSON (a round trip each before). */
export async function getTaskListFacets(tx: Tx, tenantId: string, userId: string, filter: TaskListFilter): Promise<TaskListFacets> {
  const tenant = Prisma.sql`${tenantId}::uuid`;
  // With role=lead the choices are the units that are some task's primary unit.
  const unitTask =
    filter.role === "lead"
      ? Prisma.sql`JOIN tasks t ON t.tenant_id = tu.tenant_id AND t.id = tu.task_id WHERE tu.tenant_id = u.tenant_id AND tu.org_unit_id = u.id AND ${PRIMARY_TASK_UNIT_SQL}`
      : Prisma.sql`WHERE tu.tenant_id = u.tenant_id AND tu.org_unit_id = u.id`;
  const none = Prisma.sql`NULL::json`;
  const [row] = await tx.$queryRaw<[Omit<TaskListFacets, "hasLinkedPerson"> & { linked: boolean }]>`
    SELECT
      COALESCE((SELECT json_agg(json_build_object('id', x.id, 'name', x.title) ORDER BY x.start_year DESC, x.title)
        FROM plans x WHERE x.tenant_id = ${tenant}), '[]') AS plans,
      COALESCE((SELECT json_agg(json_build_object('id', pe.id, 'name', pe.name) ORDER BY pe.name) FROM people pe
        WHERE pe.tenant_id = ${tenant} AND EXISTS (SELECT 1 FROM task_leaders tl WHERE tl.tenant_id = pe.tenant_id AND tl.person_id = pe.id)), '[]') AS leaders,
      COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name) FROM org_units u
        WHERE u.tenant_id = ${tenant} AND EXISTS (SELECT 1 FROM task_units tu ${unitTask})), '[]') AS units,
      ${
        filter.plan
          ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.title) ORDER BY s.position) FROM sections s
              WHERE s.tenant_id = ${tenant} AND s.plan_id = ${filter.plan}::uuid AND s.parent_id IS NULL), '[]')`
          : Prisma.sql`'[]'::json`
      } AS sections,
      ${
        filter.section
          ? Prisma.sql`(SELECT json_build_object('id', s.id, 'name', s.title, 'planTitle', sp.title) FROM sections s
              JOIN plans sp ON sp.tenant_id = s.tenant_id AND sp.id = s.plan_id WHERE s.tenant_id = ${tenant} AND s.id = ${filter.section}::uuid)`
          : none
      } AS section,
      EXISTS (SELECT 1 FROM people pe WHERE pe.tenant_id = ${tenant} AND pe.user_id = ${userId}::uuid) AS linked`;
  const { linked, ...facets } = row;
  return { ...facets, hasLinkedPerson: linked };
}
