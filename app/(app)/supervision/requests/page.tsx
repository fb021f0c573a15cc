import Link from "@/components/ui/link";
import { RequestItem } from "@/components/supervision/request-item";
import { SupervisionTabs } from "@/components/supervision/supervision-tabs";
import { FacetSelect, FilterButtons, FILTER_SELECT } from "@/components/ui/filter-form";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { requestFilterSchema } from "@/lib/supervision/list-filter";
import { supervisionFilterOptions } from "@/lib/supervision/queries/filter-options";
import { listSupervisionRequests } from "@/lib/supervision/queries/list-requests";
import { SUPERVISION_REQUEST_KIND_LABELS, SUPERVISION_REQUEST_STATE_LABELS } from "@/lib/vocabulary";

export const metadata = { title: "延期与销号申请" };

export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("supervision:manage");
  const filter = requestFilterSchema.parse(await searchParams);
  const tenantId = session.tenant.tenantId;
  const { list, options } = await readTenant(session, async (tx) => ({
    list: await listSupervisionRequests(tx, tenantId, {
      kind: filter.kind,
      state: filter.state === "all" ? undefined : filter.state,
      planId: filter.plan,
      orgUnitId: filter.unit,
      page: filter.page,
    }),
    options: await supervisionFilterOptions(tx, tenantId),
  }));
  const states = SUPERVISION_REQUEST_STATE_LABELS[filter.kind];
  return (
    <>
      <PageHeader title={SUPERVISION_REQUEST_KIND_LABELS[filter.kind]} />
      <SupervisionTabs role={session.role} current={filter.kind} />
      <form className="mb-4 flex flex-wrap items-center gap-2" method="get">
        <input type="hidden" name="kind" value={filter.kind} />
        <select name="state" defaultValue={filter.state} aria-label="状态" className={FILTER_SELECT}>
          <option value="pending">{states.pending}</option>
          <option value="approved">{states.approved}</option>
          <option value="rejected">{states.rejected}</option>
          <option value="all">全部状态</option>
        </select>
        <FacetSelect name="plan" label="规划" value={filter.plan} allLabel="全部规划" options={options.plans} />
        <FacetSelect name="unit" label="单位" value={filter.unit} allLabel="全部单位" options={options.units} />
        <FilterButtons resetHref={`/supervision/requests?kind=${filter.kind}`} showReset={Boolean(filter.plan || filter.unit || filter.state !== "pending")} />
      </form>
      {list.items.length === 0 ? (
        <EmptyState>没有符合条件的{SUPERVISION_REQUEST_KIND_LABELS[filter.kind]}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="request-list">
          {list.items.map((r) => (
            <li key={r.id} className="space-y-1 p-4">
              <p className="text-sm">
                <Link href={`/tasks/${r.taskId}`} className="text-brand-700 hover:underline">
                  任务 {r.taskNumber}：{r.taskTitle}
                </Link>
                <span className="ml-2 text-xs text-slate-500">
                  {r.planTitle}
                  {r.dueDate ? ` · 现完成时限 ${r.dueDate}` : ""}
                </span>
              </p>
              <RequestItem request={r} canDecide taskNumber={r.taskNumber} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        params={{ kind: filter.kind, state: filter.state, plan: filter.plan, unit: filter.unit }}
      />
    </>
  );
}
