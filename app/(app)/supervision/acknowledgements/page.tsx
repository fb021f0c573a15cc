import Link from "@/components/ui/link";
import { SupervisionTabs } from "@/components/supervision/supervision-tabs";
import { FacetSelect, FilterButtons } from "@/components/ui/filter-form";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { acknowledgementFilterSchema } from "@/lib/supervision/list-filter";
import { supervisionFilterOptions } from "@/lib/supervision/queries/filter-options";
import { listAwaitingAcknowledgement } from "@/lib/supervision/queries/list-acknowledgements";
import { AWAITING_ACK_LABEL } from "@/lib/vocabulary";

export const metadata = { title: "待签收" };

export default async function AcknowledgementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("supervision:manage");
  const filter = acknowledgementFilterSchema.parse(await searchParams);
  const tenantId = session.tenant.tenantId;
  const { list, options } = await readTenant(session, async (tx) => ({
    list: await listAwaitingAcknowledgement(tx, tenantId, { planId: filter.plan, orgUnitId: filter.unit, page: filter.page }),
    options: await supervisionFilterOptions(tx, tenantId),
  }));
  return (
    <>
      <PageHeader title={AWAITING_ACK_LABEL} description={`已交办、单位尚未签收的任务；超过 ${list.ackDays} 天未签收的标黄`} />
      <SupervisionTabs role={session.role} current="acknowledgements" />
      <form className="mb-4 flex flex-wrap items-center gap-2" method="get">
        <FacetSelect name="plan" label="规划" value={filter.plan} allLabel="全部规划" options={options.plans} />
        <FacetSelect name="unit" label="单位" value={filter.unit} allLabel="全部单位" options={options.units} />
        <FilterButtons resetHref="/supervision/acknowledgements" showReset={Boolean(filter.plan || filter.unit)} />
      </form>
      {list.items.length === 0 ? (
        <EmptyState>没有待签收的交办</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="awaiting-ack-list">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2">任务</th>
                <th className="px-3 py-2">单位</th>
                <th className="px-3 py-2">交办日期</th>
                <th className="px-3 py-2">已等待</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.items.map((i) => (
                <tr key={`${i.taskId}-${i.orgUnitId}`} className={i.late ? "bg-amber-50" : ""} data-late={i.late || undefined}>
                  <td className="px-3 py-2">
                    <Link href={`/tasks/${i.taskId}`} className="text-brand-700 hover:underline">
                      任务 {i.taskNumber}：{i.taskTitle}
                    </Link>
                    <p className="text-xs text-slate-500">{i.planTitle}</p>
                  </td>
                  <td className="px-3 py-2">{i.unitName}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{i.assignedOn}</td>
                  <td className={`px-3 py-2 whitespace-nowrap ${i.late ? "font-medium text-amber-800" : ""}`}>
                    {i.daysWaiting} 天{i.late ? "（超期未签收）" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={list.page} pageCount={list.pageCount} total={list.total} params={{ plan: filter.plan, unit: filter.unit }} />
    </>
  );
}
