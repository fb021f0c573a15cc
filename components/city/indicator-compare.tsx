"use client";
// The city home's indicator comparison. The server hands over every catalogue
// indicator's comparison (one query); the choice lives in the URL
// (?indicator=code) so it can be shared and works without JavaScript (a GET
// form). With JavaScript the select switches at once through the history API,
// which Next keeps in step with useSearchParams, without a server round trip.
import { useSearchParams } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { IndicatorComparison } from "@/lib/city/compare-indicator";
import { CompareChart } from "./compare-chart";
import { formatAsOf, formatTarget, formatValue } from "@/lib/format";
import { COMPARATOR_FROM_API, JUDGEMENT_LABELS } from "@/lib/vocabulary";
import { STATUS_BADGE_CLASSES, shortDistrictName } from "./compare-format";

export function IndicatorCompare({ comparisons, defaultCode }: { comparisons: IndicatorComparison[]; defaultCode: string }) {
  const requested = useSearchParams().get("indicator");
  const hydrated = useHydrated();

  if (comparisons.length === 0) {
    return <p className="text-sm text-slate-500">指标目录（口径）尚未建立，暂无可对比的指标。</p>;
  }
  const byCode = (code: string | null) => comparisons.find((c) => c.indicator.code === code);
  const selected = byCode(requested) ?? byCode(defaultCode) ?? comparisons[0]!;
  const unknown = requested !== null && !byCode(requested);
  const { indicator, districts } = selected;

  return (
    <div className="space-y-4">
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="block min-w-0 flex-1 text-sm sm:max-w-md">
          <span className="mb-1 block font-medium text-slate-700">对比指标</span>
          <select
            name="indicator"
            value={indicator.code}
            onChange={(e) => window.history.replaceState(null, "", `?indicator=${encodeURIComponent(e.target.value)}`)}
            className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm"
            data-testid="indicator-select"
          >
            {comparisons.map((c) => (
              <option key={c.indicator.code} value={c.indicator.code}>
                {c.indicator.name}
                {c.indicator.unit ? `（${c.indicator.unit}）` : ""}
              </option>
            ))}
          </select>
        </label>
        {/* Without JavaScript the form submits; with it the select already switched. */}
        {!hydrated && (
          <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50">
            查看
          </button>
        )}
      </form>
      {unknown && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          未找到指标“{requested}”，已显示“{indicator.name}”。
        </p>
      )}

      <div className="overflow-x-auto">
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
              <tr key={d.tenant.code} data-testid={`compare-row-${d.tenant.code}`}>
                <th scope="row" className="py-2 pr-2 font-medium whitespace-nowrap">
                  <span className="sm:hidden">{shortDistrictName(d.tenant.name)}</span>
                  <span className="hidden sm:inline">{d.tenant.name}</span>
                </th>
                <td className="px-2 py-2 tabular-nums">
                  {d.baseline ? (
                    <>
                      {formatValue(d.baseline.value, indicator.unit)}
                      {d.baseline.year !== null && <span className="block text-xs text-slate-500">{d.baseline.year}年</span>}
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className="px-2 py-2 tabular-nums">
                  {d.target ? (
                    <>
                      {formatTarget({ comparator: COMPARATOR_FROM_API[d.target.comparator], targetValue: d.target.value, unit: indicator.unit })}
                      {d.target.year !== null && <span className="block text-xs text-slate-500">{d.target.year}年</span>}
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className="px-2 py-2 tabular-nums">
                  {d.latest ? (
                    <>
                      {formatValue(d.latest.value, indicator.unit)}
                      <span className="block text-xs whitespace-nowrap text-slate-500">{formatAsOf(d.latest.period)}</span>
                    </>
                  ) : (
                    <span className="text-slate-500">无数据</span>
                  )}
                </td>
                <td className="py-2 pl-2">
                  <span
                    className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STATUS_BADGE_CLASSES[d.status]}`}
                  >
                    {JUDGEMENT_LABELS[d.status]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">
        判断依据：从基期值到目标值按年份匀速推进的路径，超出容差为“超前”或“滞后”；只计已审核通过的实际值；无基期时只与目标比较。
      </p>
      {hydrated && <CompareChart districts={districts} unit={indicator.unit} />}
    </div>
  );
}
