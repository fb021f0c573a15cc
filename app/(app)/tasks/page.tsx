import { TaskRow } from "@/components/plans/task-row";
import { describeTaskFilter, TaskListFilters } from "@/components/dashboard/task-list-filters";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { isFiltered, parseTaskListFilter } from "@/lib/plans/display/task-list-filter";
import { taskListHref, taskListParams } from "@/lib/plans/display/task-list-href";
import { listTasks } from "@/lib/plans/queries/list-tasks";
import { getTaskListFacets } from "@/lib/plans/queries/task-list-facets";
import { listTaskGroupRollups } from "@/lib/reports/queries/task-group-rollups";

export const metadata = { title: "任务" };

/** Every task of the bureau, across plans; the dashboard's figures link here with their filter. */
export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("plans:read");
  const filter = parseTaskListFilter(await searchParams);
  const tenantId = session.tenant.tenantId;
  const { page, facets, rollups } = await readTenant(session, async (tx) => {
    const page = await listTasks(tx, { tenantId, userId: session.userId }, filter);
    const facets = await getTaskListFacets(tx, tenantId, session.userId, filter);
    const rollups = await listTaskGroupRollups(
      tx,
      session,
      page.items.map((t) => t.id),
    );
    return { page, facets, rollups };
  });
  const filtered = isFiltered(filter);
  const described = describeTaskFilter(filter, facets);
  return (
    <>
      <PageHeader title="任务" description="本局全部规划中的任务" />
      <TaskListFilters filter={filter} facets={facets} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <p>
          <span data-testid="task-count">
            {filtered ? "筛选出" : "共"} {page.total} 项任务
          </span>
          {described.length > 0 && (
            <span className="ml-2 text-slate-500" data-testid="task-filter-summary">
              （{described.join(" · ")}）
            </span>
          )}
        </p>
        {page.total > 0 && (
          <a
            href={taskListHref(filter, "/api/v1/tasks.xlsx")}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-slate-700 hover:bg-slate-50"
            download
          >
            导出 Excel
          </a>
        )}
      </div>
      {page.items.length === 0 ? (
        <EmptyState>{filtered ? "没有符合筛选条件的任务" : "还没有任务"}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="task-list">
          {page.items.map((t) => (
            <TaskRow key={t.id} task={t} planTitle={t.plan} groupRollups={rollups.get(t.id)} />
          ))}
        </ul>
      )}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={taskListParams(filter)} />
    </>
  );
}
