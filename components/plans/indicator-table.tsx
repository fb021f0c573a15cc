import { ScrollRegion } from "@/components/ui/scroll-region";
import type { IndicatorNumbers } from "@/lib/indicators/indicator-numbers";
import { formatBaseline, formatTarget, type NumberLike } from "@/lib/format";
import { COMPARATOR_LABELS } from "@/lib/vocabulary";
import { TableHead } from "@/components/ui/table-head";

export interface IndicatorRow extends IndicatorNumbers<NumberLike> {
  id: string;
  name: string;
  unit: string | null;
}

const COLUMNS = ["指标", "单位", "基期值", "目标值", "目标年"];

/** The plan's indicator table; scrolls inside its own box on a phone. A target's title spells its comparator out. */
export function IndicatorTable({ indicators }: { indicators: IndicatorRow[] }) {
  return (
    <ScrollRegion label="指标" data-testid="indicator-table">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <TableHead
          labels={COLUMNS}
          className="border-b border-slate-200 text-xs text-slate-500"
          cellClassName="py-2 pr-3 font-medium whitespace-nowrap last:pr-0"
        />
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
    </ScrollRegion>
  );
}
