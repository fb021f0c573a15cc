// What an indicator's catalogue mapping means for its numbers: a confirmed
// one shares its values with every same-definition indicator of the bureau
// (listed); a suggestion is 待确认 and contributes nothing until a bureau
// admin confirms it (linked to the mapping screen); unmapped keeps its own.
import Link from "@/components/ui/link";
import type { IndicatorView } from "@/lib/indicators/get-indicator-view";
import type { SharedIndicator } from "@/lib/indicators/list-shared-indicators";
import { MappingBadge } from "./mapping-badge";

export function MappingNote({ indicator, shared, canManage }: { indicator: IndicatorView; shared: SharedIndicator[]; canManage: boolean }) {
  const definition = indicator.definition?.name ?? "";
  return (
    <div className="space-y-2 text-sm" data-testid="mapping-note">
      <p className="flex flex-wrap items-center gap-2">
        <MappingBadge state={indicator.mappingState} />
        {indicator.mappingState === "confirmed" && <span>统计口径“{definition}”：本局各规划中同一口径的指标共用一组数值（最多报一次）。</span>}
        {indicator.mappingState === "suggested" && (
          <span>
            建议对应口径“{definition}”，待确认：确认前只计本指标自己的数值，不计入也不采用其他规划的数值。
            {canManage && (
              <Link href={`/indicators?state=suggested&q=${encodeURIComponent(indicator.name)}`} className="ml-1 text-brand-700 hover:underline">
                去确认 →
              </Link>
            )}
          </span>
        )}
        {indicator.mappingState === "unmapped" && <span>未对应统计口径：只计本指标自己的数值。</span>}
      </p>
      {shared.length > 0 && (
        <div>
          <p className="text-xs text-slate-500">同一口径的指标（数值相同）：</p>
          <ul className="mt-1 space-y-0.5 text-xs">
            {shared.map((s) => (
              <li key={s.indicatorId} className="break-words">
                <Link href={`/indicators/${s.indicatorId}`} className="text-brand-700 hover:underline">
                  {s.planTitle} · {s.taskNumber !== null ? `任务 ${s.taskNumber}. ${s.taskTitle}` : "主要指标"}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
