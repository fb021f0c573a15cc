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
import { CompareTable } from "./compare-table";

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
      <IndicatorPicker comparisons={comparisons} selected={indicator.code} showSubmit={!hydrated} />
      {unknown && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          未找到指标“{requested}”，已显示“{indicator.name}”。
        </p>
      )}

      <CompareTable indicator={indicator} districts={districts} />
      <p className="text-xs text-slate-500">
        判断依据：从基期值到目标值按年份匀速推进的路径，超出容差为“超前”或“滞后”；只计已确认的口径映射和已审核通过的实际值（同一口径只报一次）；无基期时只与目标比较。
      </p>
      {hydrated && <CompareChart districts={districts} unit={indicator.unit} />}
    </div>
  );
}

/** The choice of indicator, in the URL. */
function IndicatorPicker({ comparisons, selected, showSubmit }: { comparisons: IndicatorComparison[]; selected: string; showSubmit: boolean }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <label className="block min-w-0 flex-1 text-sm sm:max-w-md">
        <span className="mb-1 block font-medium text-slate-700">对比指标</span>
        <select
          name="indicator"
          value={selected}
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
      {showSubmit && (
        <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50">
          查看
        </button>
      )}
    </form>
  );
}
