// One catalogue indicator across the city's districts: baseline, target,
// latest counted value and the judgement, one row per district; the district
// opens its drill-down, the judgement its indicators with that judgement.
import Link from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { CatalogueIndicator, DistrictComparison } from "@/lib/city/compare-indicator";
import { formatAsOf, formatTarget, formatValue } from "@/lib/format";
import { COMPARATOR_FROM_API, JUDGEMENT_LABELS } from "@/lib/vocabulary";
import { STATUS_BADGE_CLASSES, shortDistrictName } from "./compare-format";

const NONE = <span className="text-slate-500">—</span>;

export function CompareTable({ indicator, districts }: { indicator: CatalogueIndicator; districts: DistrictComparison[] }) {
  return (
    <ScrollRegion label={`${indicator.name}各区县对比`}>
      <table className="w-full text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">{indicator.name}各区县对比</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-2 font-medium">
              区县
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              基期
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              目标（年份）
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              最新实际
            </th>
            <th scope="col" className="py-2 pl-2 font-medium">
              判断
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {districts.map((d) => (
            <DistrictRow key={d.tenant.code} district={d} unit={indicator.unit} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function DistrictRow({ district: d, unit }: { district: DistrictComparison; unit: string | null }) {
  return (
    <tr data-testid={`compare-row-${d.tenant.code}`}>
      <th scope="row" className="py-2 pr-2 font-medium whitespace-nowrap">
        <Link href={`/districts/${encodeURIComponent(d.tenant.code)}`} className="text-brand-700 underline">
          <span className="sm:hidden">{shortDistrictName(d.tenant.name)}</span>
          <span className="hidden sm:inline">{d.tenant.name}</span>
        </Link>
      </th>
      <td className="px-2 py-2 tabular-nums">
        {d.baseline ? (
          <>
            {formatValue(d.baseline.value, unit)}
            {d.baseline.year !== null && <span className="block text-xs text-slate-500">{d.baseline.year}年</span>}
          </>
        ) : (
          NONE
        )}
      </td>
      <td className="px-2 py-2 tabular-nums">
        {d.target ? (
          <>
            {formatTarget({ comparator: COMPARATOR_FROM_API[d.target.comparator], targetValue: d.target.value, unit })}
            {d.target.year !== null && <span className="block text-xs text-slate-500">{d.target.year}年</span>}
          </>
        ) : (
          NONE
        )}
      </td>
      <td className="px-2 py-2 tabular-nums">
        {d.latest ? (
          <>
            {formatValue(d.latest.value, unit)}
            <span className="block text-xs whitespace-nowrap text-slate-500">{formatAsOf(d.latest.period)}</span>
          </>
        ) : (
          <span className="text-slate-500">无数据</span>
        )}
      </td>
      <td className="py-2 pl-2">
        <Link
          href={`/districts/${encodeURIComponent(d.tenant.code)}/indicators?judgement=${d.status}`}
          className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap underline ring-1 ring-inset ${STATUS_BADGE_CLASSES[d.status]}`}
        >
          {JUDGEMENT_LABELS[d.status]}
        </Link>
      </td>
    </tr>
  );
}
