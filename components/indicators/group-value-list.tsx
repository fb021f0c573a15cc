// Member schools' own values under their group (decision 0035): listed for
// reference, never counted as the bureau's value.
import Link from "@/components/ui/link";
import type { GroupValue } from "@/lib/indicators/list-group-values";
import { formatDate, formatNumber } from "@/lib/format";

export function GroupValueList({ values, unit }: { values: GroupValue[]; unit: string | null }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="group-values">
      {values.map((v) => (
        <li key={`${v.groupName}-${v.unitName}`} className="flex flex-wrap justify-between gap-x-3 py-1.5">
          <span className="min-w-0 break-words">
            <span className="text-slate-500">{v.groupName} · </span>
            {v.slotId ? (
              <Link href={`/reports/${v.slotId}`} className="hover:underline">
                {v.unitName}
              </Link>
            ) : (
              v.unitName
            )}
          </span>
          <span className="tabular-nums">
            {`${formatNumber(v.value)}${unit ?? ""}`} <span className="text-xs text-slate-500">（{formatDate(v.asOf)}）</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
