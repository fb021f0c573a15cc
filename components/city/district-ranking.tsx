// The comparison over all of a city's districts, ranked (名次) by the chosen
// measure; every figure opens the district's drill-down list behind it. The
// sort lives in the URL (?sort=), chosen by the column links or the GET form,
// so it works without JavaScript and the .xlsx export takes the same order.
import Link from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { JudgementBadge } from "@/components/dashboard/judgement-badge";
import type { DistrictComparisonTable } from "@/lib/city/get-district-comparison";
import { districtSortParam } from "@/lib/city/district-sort";
import { districtTasksHref } from "@/lib/city/district-task-filter";
import { COMPLETION_LABEL, ON_TIME_LABEL, RANK_LABEL } from "@/lib/city/messages";
import { formatAsOf, formatShare, formatValue } from "@/lib/format";
import { TASK_LIGHT_LABELS } from "@/lib/vocabulary";
import { shortDistrictName } from "./compare-format";

const TH = "px-2 py-2 font-medium whitespace-nowrap";

export function DistrictRanking({ table }: { table: DistrictComparisonTable }) {
  const { sort, indicators, standings } = table;
  const current = districtSortParam(sort);
  const column = sort.by === "indicator" ? indicators.findIndex((i) => i.code === sort.code) : -1;
  const indicator = column >= 0 ? indicators[column] : undefined;
  const ariaSort = (key: string) => (current === key ? ("descending" as const) : undefined);
  return (
    <div className="space-y-3">
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="block min-w-0 flex-1 text-sm sm:max-w-md">
          <span className="mb-1 block font-medium text-slate-700">排名依据</span>
          <select
            name="sort"
            defaultValue={current}
            className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm"
            data-testid="ranking-sort"
          >
            <option value="completion">{COMPLETION_LABEL}</option>
            <option value="on-time">{ON_TIME_LABEL}</option>
            {indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {i.name}（对照目标路径）
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50">
          排序
        </button>
        <a
          href={`/api/v1/city/comparison.xlsx?sort=${encodeURIComponent(current)}`}
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm text-brand-700 underline hover:bg-slate-50"
          data-testid="ranking-export"
        >
          导出 Excel
        </a>
      </form>
      <ScrollRegion label="各区县排名">
        <table className="w-full text-left text-sm" data-testid="district-ranking">
          <caption className="sr-only">各区县排名</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              <th scope="col" className={TH}>
                {RANK_LABEL}
              </th>
              <th scope="col" className={TH}>
                区县
              </th>
              <th scope="col" className={TH} aria-sort={ariaSort("completion")}>
                <Link href="?sort=completion" className="underline">
                  {COMPLETION_LABEL}
                </Link>
              </th>
              <th scope="col" className={TH} aria-sort={ariaSort("on-time")}>
                <Link href="?sort=on-time" className="underline">
                  {ON_TIME_LABEL}
                </Link>
              </th>
              <th scope="col" className={TH}>
                亮灯
              </th>
              {indicator && (
                <th scope="col" className={TH} aria-sort="descending">
                  {indicator.name}
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {standings.map((s) => {
              const code = s.tenant.code;
              const d = column >= 0 ? s.indicators[column] : undefined;
              return (
                <tr key={code} data-testid={`ranking-row-${code}`}>
                  <td className="px-2 py-2 font-semibold tabular-nums" data-testid="rank">
                    {s.rank}
                  </td>
                  <th scope="row" className="px-2 py-2 font-medium whitespace-nowrap">
                    <Link href={`/districts/${encodeURIComponent(code)}`} className="text-brand-700 underline">
                      {shortDistrictName(s.tenant.name)}
                    </Link>
                  </th>
                  <td className="px-2 py-2 tabular-nums">
                    <Link href={districtTasksHref(code)} className="underline">
                      {s.share === null ? "—" : formatShare(s.share)}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {s.completed}/{s.total}
                    </span>
                  </td>
                  <td className="px-2 py-2 tabular-nums">
                    <Link href={`/districts/${encodeURIComponent(code)}/units`} className="underline">
                      {s.onTimeShare === null ? "—" : formatShare(s.onTimeShare)}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {s.onTime}/{s.slots}
                    </span>
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums">
                    <Link href={districtTasksHref(code, { light: "red" })} className="text-red-700 underline">
                      {TASK_LIGHT_LABELS.red} {s.red}
                    </Link>
                    <Link href={districtTasksHref(code, { light: "yellow" })} className="ml-2 text-amber-800 underline">
                      {TASK_LIGHT_LABELS.yellow} {s.yellow}
                    </Link>
                  </td>
                  {indicator && d && (
                    <td className="px-2 py-2 tabular-nums">
                      <Link href={`/districts/${encodeURIComponent(code)}/indicators?judgement=${d.status}`} aria-label={`${s.tenant.name}${indicator.name}`}>
                        <JudgementBadge judgement={d.status} />
                      </Link>
                      {d.latest && (
                        <span className="block text-xs whitespace-nowrap text-slate-500">
                          {formatValue(d.latest.value, indicator.unit)} · {formatAsOf(d.latest.period)}
                        </span>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
