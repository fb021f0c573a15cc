// The bureau's open conflicts: per definition and date, every differing
// approved value with its source, which counts now, and the reviewer's
// button that makes another one count. Decision 0035.
import type { Conflict } from "@/lib/indicators/list-conflicts";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { SourceLink } from "@/components/indicators/source-link";
import { ResolveConflictButton } from "./resolve-conflict-button";

export function ConflictList({ conflicts }: { conflicts: Conflict[] }) {
  return (
    <ul className="space-y-3" data-testid="conflict-list">
      {conflicts.map((c) => (
        <li key={`${c.definitionId}-${c.asOf.toISOString()}`} className="space-y-2 rounded-xl border border-amber-200 bg-white p-4 shadow-sm">
          <p className="font-medium break-words">
            {c.definitionName} <span className="text-sm font-normal text-slate-500">截至 {formatDate(c.asOf)}</span>
          </p>
          <ul className="divide-y divide-slate-100 text-sm">
            {c.values.map((v) => {
              const label = `${formatNumber(v.value)}${c.unit ?? ""}`;
              return (
                <li key={v.source.actualId} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="conflict-value">
                  <div className="min-w-0">
                    <p className="tabular-nums">
                      <span className="font-semibold">{label}</span>
                      {v.counts && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">当前计入（先审核）</span>}
                    </p>
                    <p className="text-xs break-words text-slate-500">
                      <SourceLink source={v.source} /> · 审核于 {formatDateTime(v.approvedAt)}
                    </p>
                  </div>
                  <ResolveConflictButton actualId={v.source.actualId} label={label} />
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
