// One plan indicator on the mapping page: where it comes from, its target and
// tolerance, the definition (口径) it counts under, and, for those who manage
// plans, the controls to change that.
import Link from "@/components/ui/link";
import type { MappingRow } from "@/lib/indicators/list-mappings";
import { formatNumber, formatTarget } from "@/lib/format";
import { MappingBadge } from "./mapping-badge";
import { MappingControls, type DefinitionOption } from "./mapping-controls";

/** `options` are the definitions whose unit agrees, or null for a reader who may not change the mapping. */
export function IndicatorMappingItem({ row, options }: { row: MappingRow; options: DefinitionOption[] | null }) {
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-indicator-id={row.id}>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/indicators/${row.id}`} className="min-w-0 font-medium break-words text-brand-700 hover:underline">
          {row.name}
        </Link>
        <MappingBadge state={row.mappingState} />
      </div>
      <p className="mt-1 text-xs text-slate-500">
        <Link href={`/plans/${row.plan.id}`} className="hover:underline">
          {row.plan.title}
        </Link>
        {row.task && (
          <>
            {" · "}
            <Link href={`/tasks/${row.task.id}`} className="hover:underline">
              任务 {row.task.number}
            </Link>
          </>
        )}
        {" · 目标 "}
        {formatTarget(row)}
        {row.targetYear ? `（${row.targetYear}年）` : ""}
        {row.tolerance !== null && ` · 容差 ${formatNumber(row.tolerance)}${row.unit ?? ""}`}
      </p>
      <p className="mt-2 text-sm">
        <DefinitionLine row={row} />
      </p>
      {options && (
        <MappingControls
          indicatorId={row.id}
          indicatorName={row.name}
          state={row.mappingState}
          definitionId={row.definition?.id ?? null}
          unit={row.unit}
          tolerance={row.tolerance === null ? null : formatNumber(row.tolerance)}
          options={options}
        />
      )}
    </li>
  );
}

function DefinitionLine({ row }: { row: MappingRow }) {
  if (!row.definition) return <span className="text-slate-500">未对应口径</span>;
  return (
    <>
      <span className="text-slate-500">{row.mappingState === "suggested" ? "建议口径：" : "口径："}</span>
      <Link href={`/indicators/catalogue#${row.definition.code}`} className="text-brand-700 underline">
        {row.definition.name}
      </Link>
      <span className="text-xs text-slate-500"> 第 {row.definition.currentVersion} 版</span>
    </>
  );
}
