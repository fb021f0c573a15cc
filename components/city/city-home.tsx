// A city bureau's home page: outcomes of its districts only (task completion,
// indicators against their targets), read through the city's read-only child
// transaction. Deliberately no activity rankings (logins, screenshots): they
// measure paperwork, not results. Every figure opens the district's drill-down
// list behind it (decision 0037).
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { readComparisons } from "@/lib/city/compare-indicator";
import { readDistrictCompletion, type DistrictCompletion } from "@/lib/city/district-completion";
import { districtTasksHref } from "@/lib/city/district-task-filter";
import { formatShare } from "@/lib/format";
import { withChildTenants } from "@/lib/db/tenant-scope";
import { TASK_LIGHT_LABELS } from "@/lib/vocabulary";
import { IndicatorCompare } from "./indicator-compare";

const DEFAULT_INDICATOR = "preschool-inclusive-coverage";

export async function CityHome({ session }: { session: TenantSession }) {
  // One child-tenants transaction for both reads.
  const { completion, comparisons } = await withChildTenants(session, async (tx, children) => ({
    completion: await readDistrictCompletion(tx, children),
    comparisons: await readComparisons(tx, children, "all"),
  }));
  return (
    <div className="space-y-6">
      <Card
        title="下辖区县任务完成情况（只读）"
        actions={
          <Link href="/districts" className="text-sm text-brand-700 underline" data-testid="ranking-link">
            区县对比与排名 →
          </Link>
        }
      >
        {completion.length === 0 ? (
          <p className="text-sm text-slate-500">暂无下辖区县</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="district-list">
            {completion.map((d) => (
              <DistrictCard key={d.tenant.code} district={d} />
            ))}
          </ul>
        )}
      </Card>
      <Card title="指标对比">
        <IndicatorCompare comparisons={comparisons} defaultCode={DEFAULT_INDICATOR} />
      </Card>
    </div>
  );
}

function DistrictCard({ district: d }: { district: DistrictCompletion }) {
  const percent = d.share === null ? null : Math.round(d.share * 1000) / 10;
  const code = d.tenant.code;
  return (
    <li className="rounded-lg border border-slate-200 p-3" data-testid={`district-${d.tenant.code}`}>
      <div className="flex items-baseline justify-between gap-2">
        <Link href={`/districts/${d.tenant.code}`} className="font-medium text-brand-700 hover:underline" data-testid="district-name">
          {d.tenant.name}
        </Link>
        <Link
          href={districtTasksHref(d.tenant.code)}
          className="text-lg font-semibold tabular-nums hover:underline"
          aria-label={`任务完成率 ${percent === null ? "—" : `${percent}%`}`}
        >
          {percent === null ? "—" : `${percent}%`}
        </Link>
      </div>
      {percent === null ? (
        <p className="mt-2 text-sm text-slate-500">暂无任务</p>
      ) : (
        <>
          <div
            className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100"
            role="progressbar"
            aria-label={`${d.tenant.name}任务完成率`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
          <p className="mt-2 text-sm text-slate-500 tabular-nums">
            <Link href={districtTasksHref(code, { status: "completed" })} className="underline">
              已完成 {d.completed}
            </Link>{" "}
            /{" "}
            <Link href={districtTasksHref(code)} className="underline">
              共 {d.total} 项
            </Link>
            {d.delayed > 0 ? (
              <Link href={districtTasksHref(code, { status: "delayed" })} className="ml-2 text-red-700 underline">
                标记滞后 {d.delayed} 项
              </Link>
            ) : (
              <span className="ml-2">无滞后</span>
            )}
          </p>
          <p className="mt-1 text-sm text-slate-600 tabular-nums" data-testid="district-lights">
            <Link href={districtTasksHref(code, { light: "red" })} className="text-red-700 underline">
              {TASK_LIGHT_LABELS.red} {d.red} 项
            </Link>
            <Link href={districtTasksHref(code, { light: "yellow" })} className="ml-2 text-amber-800 underline">
              {TASK_LIGHT_LABELS.yellow} {d.yellow} 项
            </Link>
          </p>
          <p className="mt-1 text-sm text-slate-600 tabular-nums">
            <Link href={`/districts/${encodeURIComponent(code)}/units`} className="underline" data-testid="district-on-time">
              按时报送率 {d.onTimeShare === null ? "—" : formatShare(d.onTimeShare)}
            </Link>
            {d.overdue > 0 && <span className="ml-2 text-red-700">逾期未报 {d.overdue} 份</span>}
          </p>
        </>
      )}
    </li>
  );
}
