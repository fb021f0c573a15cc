// 结转's copying statements (carry-over.ts): each copies one kind of row of
// the carried tasks at once, old ids mapped to new through unnest'ed arrays.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { THREAD_MESSAGES } from "@/lib/thread/messages";

export interface IdMap {
  old: string[];
  new: string[];
}

/** The sections holding the carried tasks and their ancestors, the tree kept. */
export async function copySections(tx: Tx, tenantId: string, planId: string, sections: IdMap): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO sections (id, tenant_id, plan_id, parent_id, position, title)
    SELECT m.new_id, s.tenant_id, ${planId}::uuid, pm.new_id, s.position, s.title
    FROM unnest(${sections.old}::uuid[], ${sections.new}::uuid[]) AS m(old_id, new_id)
    JOIN sections s ON s.tenant_id = ${tenantId}::uuid AND s.id = m.old_id
    LEFT JOIN unnest(${sections.old}::uuid[], ${sections.new}::uuid[]) AS pm(old_id, new_id) ON pm.old_id = s.parent_id`;
}

/** The tasks: text, number and deadline words kept; a fresh start (未启动, 0%), carried_from_task_id set. */
export async function copyTasks(
  tx: Tx,
  tenantId: string,
  planId: string,
  tasks: IdMap & { position: number[]; dueDate: (string | null)[] },
  sections: IdMap,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO tasks (id, tenant_id, plan_id, section_id, number, position, title, goal, due_date, deadline_text, ongoing, carried_from_task_id, updated_at)
    SELECT m.new_id, t.tenant_id, ${planId}::uuid, sm.new_id, t.number, m.position, t.title, t.goal, m.due_date, t.deadline_text, t.ongoing, t.id, now()
    FROM unnest(${tasks.old}::uuid[], ${tasks.new}::uuid[], ${tasks.position}::int[], ${tasks.dueDate}::date[]) AS m(old_id, new_id, position, due_date)
    JOIN tasks t ON t.tenant_id = ${tenantId}::uuid AND t.id = m.old_id
    JOIN unnest(${sections.old}::uuid[], ${sections.new}::uuid[]) AS sm(old_id, new_id) ON sm.old_id = t.section_id`;
}

/** Measures, leaders, units (to be handed over anew: no 交办/签收), the task's own indicators and its confirmed five-year links. */
export async function copyTaskChildren(tx: Tx, tenantId: string, planId: string, tasks: IdMap, userId: string | null): Promise<void> {
  const map = () => Prisma.sql`unnest(${tasks.old}::uuid[], ${tasks.new}::uuid[]) AS m(old_id, new_id)`;
  await tx.$executeRaw`
    INSERT INTO measures (id, tenant_id, task_id, position, text)
    SELECT gen_random_uuid(), x.tenant_id, m.new_id, x.position, x.text
    FROM ${map()} JOIN measures x ON x.tenant_id = ${tenantId}::uuid AND x.task_id = m.old_id`;
  await tx.$executeRaw`
    INSERT INTO task_leaders (tenant_id, task_id, person_id)
    SELECT x.tenant_id, m.new_id, x.person_id
    FROM ${map()} JOIN task_leaders x ON x.tenant_id = ${tenantId}::uuid AND x.task_id = m.old_id`;
  await tx.$executeRaw`
    INSERT INTO task_units (tenant_id, task_id, org_unit_id, role)
    SELECT x.tenant_id, m.new_id, x.org_unit_id, x.role
    FROM ${map()} JOIN task_units x ON x.tenant_id = ${tenantId}::uuid AND x.task_id = m.old_id`;
  await tx.$executeRaw`
    INSERT INTO indicators (id, tenant_id, plan_id, task_id, origin, position, name, unit, comparator, baseline_value, baseline_year,
      target_value, target_max, target_year, source_text, tolerance, definition_id, mapping_state)
    SELECT gen_random_uuid(), x.tenant_id, ${planId}::uuid, m.new_id, x.origin, x.position, x.name, x.unit, x.comparator, x.baseline_value,
      x.baseline_year, x.target_value, x.target_max, x.target_year, x.source_text, x.tolerance, x.definition_id, x.mapping_state
    FROM ${map()} JOIN indicators x ON x.tenant_id = ${tenantId}::uuid AND x.task_id = m.old_id`;
  await tx.$executeRaw`
    INSERT INTO task_links (id, tenant_id, from_task_id, to_task_id, to_indicator_id, state, reason, confirmed_by_id, confirmed_at)
    SELECT gen_random_uuid(), x.tenant_id, m.new_id, x.to_task_id, x.to_indicator_id, 'confirmed', ${THREAD_MESSAGES.carriedLink}, ${userId}::uuid, now()
    FROM ${map()} JOIN task_links x ON x.tenant_id = ${tenantId}::uuid AND x.from_task_id = m.old_id AND x.state = 'confirmed'`;
}
