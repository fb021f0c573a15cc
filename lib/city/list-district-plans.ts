// A district's plans for the city's drill-down, newest first, each with its
// task count, completed tasks and red / yellow lights (light-sql.ts, the
// district's own due_soon_days): one statement grouped by plan, one page.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { PlanKind } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { taskLightSql } from "@/lib/supervision/light-sql";

export interface DistrictPlanRow {
  id: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  tasks: number;
  completed: number;
  red: number;
  yellow: number;
}

export async function listDistrictPlans(tx: Tx, tenantId: string, page: number, today: Date): Promise<Page<DistrictPlanRow>> {
  const rows = await tx.$queryRaw<(DistrictPlanRow & { total: number })[]>`
    SELECT p.id::text AS id, p.title, p.kind::text AS kind, p.start_year AS "startYear", p.end_year AS "endYear",
      count(t.id)::int AS tasks,
      (count(t.id) FILTER (WHERE t.status = 'completed'))::int AS completed,
      (count(t.id) FILTER (WHERE t.id IS NOT NULL AND ${taskLightSql(today)} = 'red'))::int AS red,
      (count(t.id) FILTER (WHERE t.id IS NOT NULL AND ${taskLightSql(today)} = 'yellow'))::int AS yellow,
      count(*) OVER ()::int AS total
    FROM plans p
    LEFT JOIN tasks t ON t.tenant_id = p.tenant_id AND t.plan_id = p.id
    WHERE p.tenant_id = ${tenantId}::uuid
    GROUP BY p.id
    ORDER BY p.start_year DESC, p.title, p.id
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const total = rows[0]?.total ?? (await tx.plan.count({ where: { tenantId } }));
  return toPage(
    rows.map(({ total: _total, ...r }) => r),
    total,
    page,
  );
}
