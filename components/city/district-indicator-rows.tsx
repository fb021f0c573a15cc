// A district's indicators against their targets (read-only): the counted
// latest value (report once), the target with its year, and the on-path
// judgement the district's own dashboard shows.
import { JudgementBadge } from "@/components/dashboard/judgement-badge";
import { RowList } from "@/components/ui/list-controls";
import type { IndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { formatAsOf, formatBaseline, formatDate, formatTarget, formatValue } from "@/lib/format";

export function DistrictIndicatorRows({ indicators, empty }: { indicators: IndicatorProgress[]; empty: string }) {
  return (
    <RowList isEmpty={indicators.length === 0} empty={empty} testId="district-indicators">
      {indicators.map((i) => (
        <li key={i.id} className="space-y-1 px-4 py-3 text-sm" data-testid="district-indicator">
          <div className="flex flex-wrap items-center gap-2">
            <JudgementBadge judgement={i.result.judgement} />
            <span className="font-medium break-words">{i.name}</span>
          </div>
          <p className="text-xs break-words text-slate-600 tabular-nums">
            基期 {formatBaseline(i.baselineValue, i.baselineYear, i.unit)} · 目标 {formatTarget({ ...i, unit: i.unit }, { withYear: true })} · 最新{" "}
            {i.latest ? `${formatValue(i.latest.value, i.unit)}（${formatAsOf(formatDate(i.latest.asOf))}）` : "无数据"}
          </p>
          <p className="text-xs break-words text-slate-500">
            {i.plan.title}
            {i.task ? ` · 任务 ${i.task.number}. ${i.task.title}` : " · 指标表"}
          </p>
        </li>
      ))}
    </RowList>
  );
}
