// A district's units with their on-time reporting: name, kind (vocabulary),
// 按时 n / m and the share, overdue now. "—" where nothing is judged yet, never 0%.
import { RowList } from "@/components/ui/list-controls";
import type { DistrictUnitRow } from "@/lib/city/list-district-units";
import { formatShare } from "@/lib/format";
import { ORG_UNIT_KIND_LABELS } from "@/lib/vocabulary";

export function DistrictUnitRows({ units }: { units: DistrictUnitRow[] }) {
  return (
    <RowList isEmpty={units.length === 0} empty="暂无单位" testId="district-units">
      {units.map((u) => (
        <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 text-sm" data-testid="district-unit">
          <span className="min-w-0 break-words">
            <span className="font-medium">{u.name}</span>
            <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{ORG_UNIT_KIND_LABELS[u.kind]}</span>
          </span>
          <span className="text-xs text-slate-600 tabular-nums">
            {u.onTimeShare === null ? (
              "暂无到期填报"
            ) : (
              <>
                按时报送 <span className="font-semibold text-slate-900">{formatShare(u.onTimeShare)}</span>（{u.onTime}/{u.slots}）
              </>
            )}
            {u.overdue > 0 && <span className="ml-2 text-red-700">逾期未报 {u.overdue} 份</span>}
          </span>
        </li>
      ))}
    </RowList>
  );
}
