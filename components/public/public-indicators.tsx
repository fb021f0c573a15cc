// The plan's indicators as cards (a table would scroll sideways on a phone).
import { formatAsOf, formatBaseline, formatTarget, formatValue } from "@/lib/format";
import type { PublicIndicator } from "@/lib/public/types";
import { JUDGEMENT_LABELS, PUBLIC_PAGE_WORDS } from "@/lib/vocabulary";

export function PublicIndicators({ indicators }: { indicators: PublicIndicator[] }) {
  if (indicators.length === 0) return <p className="text-sm text-slate-600">{PUBLIC_PAGE_WORDS.noIndicators}</p>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2" data-testid="public-indicators">
      {indicators.map((ind, i) => (
        <li key={i} className="rounded-lg border border-slate-200 bg-white p-3">
          <p className="font-medium break-words">{ind.name}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
            <dt className="text-slate-600">{PUBLIC_PAGE_WORDS.target}</dt>
            <dd>{formatTarget(ind, { withYear: true })}</dd>
            <dt className="text-slate-600">{PUBLIC_PAGE_WORDS.baseline}</dt>
            <dd>{formatBaseline(ind.baselineValue, ind.baselineYear, ind.unit)}</dd>
            <dt className="text-slate-600">{PUBLIC_PAGE_WORDS.latest}</dt>
            <dd>
              {ind.latest ? `${formatValue(ind.latest.value, ind.unit)}（${formatAsOf(ind.latest.asOf)}）` : "—"}
              {ind.targetValue !== null && ` · ${JUDGEMENT_LABELS[ind.judgement]}`}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
