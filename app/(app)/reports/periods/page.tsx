import Link from "@/components/ui/link";
import { OpenPeriodForm } from "@/components/reports/open-period-form";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatDate, formatPeriod } from "@/lib/format";
import { FREQUENCY_LABELS } from "@/lib/vocabulary";
import { listPlanPeriods } from "@/lib/reports/queries/list-periods";
import { periodChoices } from "@/lib/reports/period-choices";
import { todayInChina } from "@/lib/reports/periods";

export const metadata = { title: "填报期管理" };

export default async function PeriodsPage() {
  const session = await requireTenantSession("periods:manage");
  const plans = await readTenant(session, (tx) => listPlanPeriods(tx, session.tenant.tenantId));
  const today = todayInChina();
  return (
    <>
      <PageHeader
        title="填报期管理"
        description="选择填报期和截止日期后开启，各任务的牵头和责任单位会收到该期的填报任务；重复开启只补建新增单位的任务，截止日期不变。"
        back={{ href: "/reports", label: "填报任务" }}
      />
      {plans.length === 0 ? (
        <EmptyState>本局还没有规划，请先导入或新建规划</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="period-plans">
          {plans.map((p) => (
            <li key={p.id} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-plan-title={p.title}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-medium break-words">{p.title}</p>
                  <p className="text-xs text-slate-500">
                    {formatPeriod(p.startYear, p.endYear)} · {FREQUENCY_LABELS[p.reportingFrequency]}填报
                  </p>
                </div>
                <OpenPeriodForm planId={p.id} planTitle={p.title} {...periodChoices(p, today)} />
              </div>
              {p.periods.length === 0 ? (
                <p className="text-sm text-slate-500">尚未开启过填报期</p>
              ) : (
                <ul className="divide-y divide-slate-100 rounded-lg border border-slate-100 text-sm">
                  {p.periods.map((x) => (
                    <li key={x.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2">
                      <span>
                        <Link href={`/reports/periods/${x.id}`} className="text-brand-700 hover:underline">
                          {x.label}
                        </Link>{" "}
                        <span className="text-xs text-slate-500">截止 {formatDate(x.dueOn)}</span>
                      </span>
                      <span className="text-xs text-slate-600 tabular-nums">
                        共 {x.counts.total} 项 · 已提交 {x.counts.submitted ?? 0} · 已通过 {x.counts.approved ?? 0} · 已退回 {x.counts.returned ?? 0}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
