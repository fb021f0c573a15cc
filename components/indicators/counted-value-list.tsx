// An indicator's counted values, newest first, each with its source (the
// report it came from, linked) and a mark when another approved value for
// the same definition and date differs. Decision 0035.
import Link from "@/components/ui/link";
import type { CountedValue } from "@/lib/indicators/counted-series";
import { formatDate, formatNumber } from "@/lib/format";
import { SourceLink } from "./source-link";

export function CountedValueList({ values, unit, conflictHref }: { values: CountedValue[]; unit: string | null; conflictHref: string | null }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="counted-values">
      {[...values].reverse().map((v) => (
        <li key={v.source.actualId} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2" data-testid="counted-value">
          <span className="tabular-nums">
            <span className="text-slate-500">{formatDate(v.asOf)}</span> <span className="font-semibold">{`${formatNumber(v.value)}${unit ?? ""}`}</span>
          </span>
          <span className="min-w-0 text-xs break-words text-slate-500">
            <SourceLink source={v.source} />
          </span>
          {v.conflict && (
            <span className="w-full text-xs text-amber-800" data-testid="counted-value-conflict">
              ⚠ 同一时点另有不同的已审核数值，未处理前以先审核的为准
              {conflictHref && (
                <>
                  {" "}
                  <Link href={conflictHref} className="underline">
                    去处理
                  </Link>
                </>
              )}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
