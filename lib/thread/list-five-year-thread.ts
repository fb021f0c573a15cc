// The five-year plan's thread page (decision 0036): one page of its items —
// its tasks in document order, then its indicator table — each with the
// confirmed annual tasks that worked on it (their plan's year, status and
// progress). One statement; a link to an indicator stated in a task's text
// counts for that task.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";

export interface AnnualWork {
  year: number;
  planId: string;
  planTitle: string;
  taskId: string;
  number: number;
  title: string;
  status: TaskStatus;
  progress: number;
  /** The five-year indicator the link names, when it names one of a task's indicators. */
  via: string | null;
}

export interface FiveYearItem {
  kind: "task" | "indicator";
  id: string;
  number: number | null;
  title: string;
  work: AnnualWork[];
}

export async function listFiveYearThread(tx: Tx, tenantId: string, planId: string, page: number): Promise<Page<FiveYearItem>> {
  const rows = await tx.$queryRaw<(FiveYearItem & { total: number })[]>`
    WITH items AS (
      SELECT 'task' AS kind, t.id, t.number, t.title, 0 AS grp, t.position
      FROM tasks t WHERE t.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid
      UNION ALL
      SELECT 'indicator', i.id, NULL, i.name, 1, i.position
      FROM indicators i WHERE i.tenant_id = ${tenantId}::uuid AND i.plan_id = ${planId}::uuid AND i.task_id IS NULL
    ),
    paged AS (
      SELECT *, count(*) OVER ()::int AS total FROM items ORDER BY grp, position, id
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT p.kind, p.id, p.number, p.title, p.total, COALESCE((
      SELECT json_agg(json_build_object(
          'year', ap.start_year, 'planId', ap.id, 'planTitle', ap.title, 'taskId', a.id, 'number', a.number,
          'title', a.title, 'status', a.status, 'progress', a.progress, 'via', CASE WHEN p.kind = 'task' THEN vi.name END)
        ORDER BY ap.start_year, ap.title, a.position)
      FROM task_links l
      LEFT JOIN indicators vi ON vi.tenant_id = l.tenant_id AND vi.id = l.to_indicator_id
      JOIN tasks a ON a.tenant_id = l.tenant_id AND a.id = l.from_task_id
      JOIN plans ap ON ap.tenant_id = a.tenant_id AND ap.id = a.plan_id
      WHERE l.tenant_id = ${tenantId}::uuid AND l.state = 'confirmed'
        AND CASE WHEN p.kind = 'task' THEN l.to_task_id = p.id OR vi.task_id = p.id ELSE l.to_indicator_id = p.id END
    ), '[]'::json) AS work
    FROM paged p ORDER BY p.grp, p.position, p.id`;
  return toPage(
    rows.map(({ total: _total, ...item }) => item),
    rows[0]?.total ?? 0,
    page,
  );
}
