import type { Comparator } from "@/lib/generated/prisma/enums";
import { formatBaseline, formatTarget, type NumberLike } from "@/lib/format";
import { COMPARATOR_LABELS } from "@/lib/vocabulary";

export interface IndicatorRow {
  id: string;
  name: string;
  unit: string | null;
  comparator: Comparator;
  baselineValue: NumberLike;
  baselineYear: number | null;
  targetValue: NumberLike;
  targetMax: NumberLike;
  targetYear: number | null;
}

/** The plan's indicator table; scrolls inside its own box on a phone. A target's title spells its comparator out. */
export function IndicatorTable({ indicators }: { indicators: IndicatorRow[] }) {
  return (
    <div className="overflow-x-auto" data-testid="indicator-table">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th className="py-2 pr-3 font-medium whitespace-nowrap">指标</th>
            <th className="py-2 pr-3 font-medium whitespace-nowrap">单位</th>
            <th className="py-2 pr-3 font-medium whitespace-nowrap">基期值</th>
            <th className="py-2 pr-3 font-medium whitespace-nowrap">目标值</th>
            <th className="py-2 font-medium whitespace-nowrap">目标年</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {indicators.map((i) => (
            <tr key={i.id}>
              <td className="py-2 pr-3">{i.name}</td>
              <td className="py-2 pr-3 whitespace-nowrap text-slate-500">{i.unit ?? "—"}</td>
              <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{formatBaseline(i.baselineValue, i.baselineYear)}</td>
              <td className="py-2 pr-3 whitespace-nowrap font-medium tabular-nums" title={COMPARATOR_LABELS[i.comparator]}>
                {formatTarget({ ...i, unit: null })}
              </td>
              <td className="py-2 whitespace-nowrap tabular-nums">{i.targetYear ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
