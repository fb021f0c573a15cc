// The annual plan's thread page (decision 0036): one page of its tasks, each
// with its suggested and confirmed links to five-year items (removed ones are
// hidden), confirmed first, then the best suggestion. One statement.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { LinkState, TaskStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";

export interface ThreadLink {
  linkId: string;
  state: Exclude<LinkState, "rejected">;
  reason: string | null;
  targetKind: "task" | "indicator";
  targetId: string;
  targetNumber: number | null;
  targetTitle: string;
  planId: string;
  planTitle: string;
}

export interface AnnualTask {
  id: string;
  number: number;
  title: string;
  status: TaskStatus;
  progress: number;
  links: ThreadLink[];
}

export async function listAnnualThread(tx: Tx, tenantId: string, planId: string, page: number): Promise<Page<AnnualTask>> {
  const rows = await tx.$queryRaw<(AnnualTask & { total: number })[]>`
    WITH paged AS (
      SELECT t.id, t.number, t.title, t.status, t.progress, t.position, count(*) OVER ()::int AS total
      FROM tasks t WHERE t.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid
      ORDER BY t.position, t.id LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT p.id, p.number, p.title, p.status, p.progress, p.total, COALESCE((
      SELECT json_agg(json_build_object(
          'linkId', l.id, 'state', l.state, 'reason', l.reason,
          'targetKind', CASE WHEN l.to_task_id IS NULL THEN 'indicator' ELSE 'task' END,
          'targetId', COALESCE(l.to_task_id, l.to_indicator_id), 'targetNumber', ft.number,
          'targetTitle', COALESCE(ft.title, fi.name), 'planId', fp.id, 'planTitle', fp.title)
        ORDER BY l.state = 'confirmed' DESC, l.score DESC NULLS LAST, l.id)
      FROM task_links l
      LEFT JOIN tasks ft ON ft.tenant_id = l.tenant_id AND ft.id = l.to_task_id
      LEFT JOIN indicators fi ON fi.tenant_id = l.tenant_id AND fi.id = l.to_indicator_id
      JOIN plans fp ON fp.tenant_id = l.tenant_id AND fp.id = COALESCE(ft.plan_id, fi.plan_id)
      WHERE l.tenant_id = ${tenantId}::uuid AND l.from_task_id = p.id AND l.state <> 'rejected'
    ), '[]'::json) AS links
    FROM paged p ORDER BY p.position, p.id`;
  return toPage(
    rows.map(({ total: _total, ...task }) => task),
    rows[0]?.total ?? 0,
    page,
  );
}
