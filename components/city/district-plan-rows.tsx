// A district's plans, each with its task figures linking into the district's
// task list filtered to that plan (and light).
import Link from "@/components/ui/link";
import { RowList } from "@/components/ui/list-controls";
import { districtTasksHref } from "@/lib/city/district-task-filter";
import type { DistrictPlanRow } from "@/lib/city/list-district-plans";
import { formatPeriod } from "@/lib/format";
import { PLAN_KIND_LABELS, TASK_LIGHT_LABELS } from "@/lib/vocabulary";

export function DistrictPlanRows({ code, plans }: { code: string; plans: DistrictPlanRow[] }) {
  return (
    <RowList isEmpty={plans.length === 0} empty="暂无规划文件" testId="district-plans">
      {plans.map((p) => (
        <li key={p.id} className="space-y-1 px-4 py-3 text-sm" data-testid="district-plan">
          <p className="font-medium break-words">{p.title}</p>
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 tabular-nums">
            <span>
              {PLAN_KIND_LABELS[p.kind]} · {formatPeriod(p.startYear, p.endYear)}
            </span>
            <Link className="text-brand-700 underline" href={districtTasksHref(code, { plan: p.id })}>
              任务 {p.tasks} 项，已完成 {p.completed} 项
            </Link>
            {p.red > 0 && (
              <Link className="text-red-700 underline" href={districtTasksHref(code, { plan: p.id, light: "red" })}>
                {TASK_LIGHT_LABELS.red} {p.red} 项
              </Link>
            )}
            {p.yellow > 0 && (
              <Link className="text-amber-800 underline" href={districtTasksHref(code, { plan: p.id, light: "yellow" })}>
                {TASK_LIGHT_LABELS.yellow} {p.yellow} 项
              </Link>
            )}
          </p>
        </li>
      ))}
    </RowList>
  );
}
