import Link from "@/components/ui/link";
import { IndicatorTrendClient } from "@/components/dashboard/indicator-trend-client";
import { JudgementBadge } from "@/components/dashboard/judgement-badge";
import { CountedValueList } from "@/components/indicators/counted-value-list";
import { GroupValueList } from "@/components/indicators/group-value-list";
import { MappingNote } from "@/components/indicators/mapping-note";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { judgeOnPath, yearEnd } from "@/lib/dashboard/on-path";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatBaseline, formatTarget } from "@/lib/format";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { getCountedSeries } from "@/lib/indicators/counted-series";
import { getIndicatorView } from "@/lib/indicators/get-indicator-view";
import { GROUP_VALUES_SHOWN, listGroupValues } from "@/lib/indicators/list-group-values";
import { listSharedIndicators } from "@/lib/indicators/list-shared-indicators";

export const metadata = { title: "指标" };

const DAY_MS = 86_400_000;

/** One indicator across years and plans: its counted values on one chart, each with its source (decision 0035). */
export default async function IndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const tenantId = session.tenant.tenantId;
  const data = await orNotFound(
    readTenant(session, async (tx) => {
      const indicator = await getIndicatorView(tx, tenantId, id);
      return {
        indicator,
        series: (await getCountedSeries(tx, tenantId, [id])).get(id) ?? [],
        shared: (await listSharedIndicators(tx, tenantId, [id])).get(id) ?? [],
        groups: await listGroupValues(tx, tenantId, id),
      };
    }),
  );
  const { indicator, series, shared, groups } = data;
  const last = series.at(-1);
  const result = judgeOnPath(indicator, last ? { value: last.value, asOf: last.asOf } : null);
  const unit = indicator.unit ?? "";
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader
        title={indicator.name}
        description={`${indicator.plan.title}${indicator.task ? ` · 任务 ${indicator.task.number}. ${indicator.task.title}` : " · 主要指标"}`}
        actions={
          <Link href={indicator.task ? `/tasks/${indicator.task.id}` : `/plans/${indicator.plan.id}`} className="text-sm text-brand-700 hover:underline">
            {indicator.task ? "查看任务 →" : "查看规划 →"}
          </Link>
        }
      />
      <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <MappingNote indicator={indicator} shared={shared} canManage={can(session.role, "plans:manage")} />
        <dl className="grid grid-cols-3 gap-2 text-xs">
          <div>
            <dt className="text-slate-500">基线</dt>
            <dd className="tabular-nums">{formatBaseline(indicator.baselineValue, indicator.baselineYear, unit)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">目标</dt>
            <dd className="tabular-nums">
              {formatTarget(indicator)}
              {indicator.targetYear ? `（${indicator.targetYear}年）` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">判断</dt>
            <dd>
              <JudgementBadge judgement={result.judgement} />
            </dd>
          </div>
        </dl>
      </section>
      <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="values-title">
        <h2 id="values-title" className="text-base font-semibold">
          各年度、各规划的数值（已审核，计入）
        </h2>
        {series.length === 0 ? (
          <EmptyState>尚无审核通过的实际值</EmptyState>
        ) : (
          <>
            <IndicatorTrendClient
              name={indicator.name}
              unit={indicator.unit}
              points={series.map((p) => ({ t: p.asOf.getTime(), value: p.value }))}
              baseline={
                indicator.baselineValue !== null && indicator.baselineYear !== null
                  ? { t: yearEnd(indicator.baselineYear).getTime() - DAY_MS, value: indicator.baselineValue }
                  : null
              }
              goal={result.goal}
              goalT={indicator.targetYear !== null ? yearEnd(indicator.targetYear).getTime() - DAY_MS : null}
            />
            <CountedValueList values={series} unit={indicator.unit} conflictHref={can(session.role, "reports:review") ? "/review/conflicts" : null} />
          </>
        )}
      </section>
      {groups.length > 0 && (
        <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="groups-title">
          <h2 id="groups-title" className="text-base font-semibold">
            集体单位成员自报的数值
          </h2>
          <p className="text-xs text-slate-500">
            成员学校各自的数值，不作为本局数值计入{groups.length >= GROUP_VALUES_SHOWN ? `（仅列出前 ${GROUP_VALUES_SHOWN} 所）` : ""}。
          </p>
          <GroupValueList values={groups} unit={indicator.unit} />
        </section>
      )}
    </div>
  );
}
