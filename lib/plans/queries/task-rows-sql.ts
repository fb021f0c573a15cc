// TASK_LIST_SELECT as one SQL statement: a task row with its plan, leaders,
// units and targets aggregated to JSON beside it, and the bureau's 亮灯 N, so
// a list page is one round trip instead of Prisma's seven (one per relation
// level, then the settings). The list order and the where are the caller's;
// toTaskListRow gives back exactly the Prisma payload's shape and types
// (Decimal targets, Date columns), and the light as withLights judges it.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Comparator, IndicatorOrigin, TaskStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { DEFAULT_DUE_SOON_DAYS, taskLight } from "@/lib/supervision/light";
import type { TaskListRow } from "./list-tasks";

/** The select list over `tasks t JOIN plans p` (plus "dueSoonDays"). */
export const TASK_ROW_COLUMNS = Prisma.sql`t.id::text AS id, t.plan_id::text AS "planId", t.section_id::text AS "sectionId",
  t.number, t.position, t.title, t.status::text AS status, t.progress, t.due_date AS "dueDate",
  t.deadline_text AS "deadlineText", t.ongoing, t.closed_at AS "closedAt",
  p.title AS "planTitle", p.start_year AS "planStartYear",
  COALESCE((SELECT json_agg(json_build_object('person', json_build_object('id', pe.id, 'name', pe.name)) ORDER BY pe.name)
    FROM task_leaders tl JOIN people pe ON pe.tenant_id = tl.tenant_id AND pe.id = tl.person_id
    WHERE tl.tenant_id = t.tenant_id AND tl.task_id = t.id), '[]') AS leaders,
  COALESCE((SELECT json_agg(json_build_object('role', tu.role, 'orgUnit', json_build_object('id', u.id, 'name', u.name)))
    FROM task_units tu JOIN org_units u ON u.tenant_id = tu.tenant_id AND u.id = tu.org_unit_id
    WHERE tu.tenant_id = t.tenant_id AND tu.task_id = t.id), '[]') AS units,
  COALESCE((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'unit', i.unit, 'comparator', i.comparator,
      'targetValue', i.target_value::text, 'targetMax', i.target_max::text, 'targetYear', i.target_year, 'origin', i.origin) ORDER BY i.position)
    FROM indicators i WHERE i.tenant_id = t.tenant_id AND i.task_id = t.id), '[]') AS indicators,
  COALESCE((SELECT ss.due_soon_days FROM supervision_settings ss WHERE ss.tenant_id = t.tenant_id), ${DEFAULT_DUE_SOON_DAYS}::int) AS "dueSoonDays"`;

interface IndicatorJson {
  id: string;
  name: string;
  unit: string | null;
  comparator: Comparator;
  targetValue: string | null;
  targetMax: string | null;
  targetYear: number | null;
  origin: IndicatorOrigin;
}

export interface TaskRowSql {
  id: string;
  planId: string;
  sectionId: string;
  number: number;
  position: number;
  title: string;
  status: TaskStatus;
  progress: number;
  dueDate: Date | null;
  deadlineText: string | null;
  ongoing: boolean;
  closedAt: Date | null;
  planTitle: string;
  planStartYear: number;
  leaders: { person: { id: string; name: string } }[];
  units: { role: UnitRole; orgUnit: { id: string; name: string } }[];
  indicators: IndicatorJson[];
  dueSoonDays: number;
}

const decimal = (v: string | null) => (v === null ? null : new Prisma.Decimal(v));

export function toTaskListRow(row: TaskRowSql, today: Date): TaskListRow {
  const { planTitle, planStartYear, dueSoonDays, indicators, ...task } = row;
  const item = {
    ...task,
    plan: { id: row.planId, title: planTitle, startYear: planStartYear },
    indicators: indicators.map((i) => ({ ...i, targetValue: decimal(i.targetValue), targetMax: decimal(i.targetMax) })),
  };
  return { ...item, light: taskLight(item, planStartYear, today, dueSoonDays) };
}
