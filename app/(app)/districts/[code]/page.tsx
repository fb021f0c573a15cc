// A district seen from its city (read-only, decision 0037): headline figures
// that each open the list behind them, its plans, its red and yellow tasks,
// its indicators against targets and the units furthest behind on reporting.
import Link from "@/components/ui/link";
import { DistrictIndicatorSummary } from "@/components/city/district-indicator-summary";
import { DistrictNav } from "@/components/city/district-nav";
import { DistrictPlanRows } from "@/components/city/district-plan-rows";
import { DistrictTaskRows } from "@/components/city/district-task-rows";
import { DistrictUnitRows } from "@/components/city/district-unit-rows";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { districtTasksHref } from "@/lib/city/district-task-filter";
import { getDistrictOverview } from "@/lib/city/get-district-overview";
import { formatShare } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { TASK_LIGHT_LABELS } from "@/lib/vocabulary";

export default async function DistrictPage({ params }: { params: Promise<{ code: string }> }) {
  const session = await requireTenantSession("children:read");
  const { code } = await params;
  const o = await orNotFound(getDistrictOverview(session, code));
  const base = `/districts/${encodeURIComponent(code)}`;
  return (
    <>
      <PageHeader title={o.district.name} description="下辖区县 · 只读查看" back={{ href: "/districts", label: "区县对比" }} />
      <DistrictNav code={code} current="overview" />
      <div className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="district-figures">
        <Stat label="重点任务" value={o.counts.total} href={districtTasksHref(code)} />
        <Stat label="已完成" value={o.counts.completed} href={districtTasksHref(code, { status: "completed" })} />
        <Stat label={TASK_LIGHT_LABELS.red} value={o.counts.red} href={districtTasksHref(code, { light: "red" })} />
        <Stat label={TASK_LIGHT_LABELS.yellow} value={o.counts.yellow} href={districtTasksHref(code, { light: "yellow" })} />
        <Stat label="指标滞后" value={o.indicators.byJudgement.behind} href={`${base}/indicators?judgement=behind`} />
        <Stat label="按时报送率" value={o.counts.onTimeShare === null ? "—" : formatShare(o.counts.onTimeShare)} href={`${base}/units`} />
        <Stat label="填报逾期" value={o.counts.overdue} href={`${base}/units`} />
        <Stat label="单位" value={o.units.total} href={`${base}/units`} />
      </div>
      <div className="space-y-6">
        <Card title="红灯、黄灯任务" actions={<MoreLink href={districtTasksHref(code)} label="全部任务" />}>
          <DistrictTaskRows code={code} tasks={o.litTasks} empty="没有亮红灯或黄灯的任务" />
        </Card>
        <Card title="指标对照目标" actions={<MoreLink href={`${base}/indicators`} label="全部指标" />}>
          <DistrictIndicatorSummary code={code} total={o.indicators.total} byJudgement={o.indicators.byJudgement} />
        </Card>
        <Card title={`规划文件（共 ${o.plans.total} 份）`}>
          <DistrictPlanRows code={code} plans={o.plans.items} />
          {o.plans.pageCount > 1 && <MoreLink href={`${base}/plans`} label="更多规划" />}
        </Card>
        <Card title="单位按时报送（最需关注的在前）" actions={<MoreLink href={`${base}/units`} label={`全部 ${o.units.total} 个单位`} />}>
          <DistrictUnitRows units={o.units.items} />
        </Card>
      </div>
    </>
  );
}

function MoreLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="text-sm text-brand-700 underline-offset-2 hover:underline">
      {label} →
    </Link>
  );
}
