"use client";
// Trend of one indicator: approved actuals over time, the straight path from
// baseline to target (dashed), the target line (or range band) and the
// baseline point. recharts 3; sized by its container, so it fits a phone.
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { trendRows, type TrendPointInput } from "@/lib/dashboard/trend-rows";
import { formatNumber, SUMMARY_DECIMALS } from "@/lib/format";

const fmtDate = (t: number) => new Date(t).toISOString().slice(0, 10);
const fmtAxis = (t: number) => new Date(t).toISOString().slice(0, 7);
const fmtNumber = (v: number) => formatNumber(v, SUMMARY_DECIMALS);

export function IndicatorTrend({
  name,
  unit,
  points,
  baseline,
  goal,
  goalT,
}: {
  name: string;
  unit: string | null;
  points: TrendPointInput[];
  baseline: TrendPointInput | null;
  goal: { low: number; high: number } | null;
  /** When the target is due (end of the target year), epoch ms. */
  goalT: number | null;
}) {
  const data = trendRows(points, baseline, goal, goalT);
  const ranged = goal !== null && goal.low !== goal.high;
  const u = unit ?? "";
  return (
    <figure className="min-w-0" aria-label={`${name}趋势`} data-testid="indicator-trend">
      <div className="h-44 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={fmtAxis} tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis width={44} tick={{ fontSize: 11 }} domain={["auto", "auto"]} tickFormatter={fmtNumber} />
            <Tooltip
              labelFormatter={(t) => fmtDate(Number(t))}
              formatter={(v, key) => [`${fmtNumber(Number(v))}${u}`, key === "actual" ? "实际值（已审核）" : "应达进度"]}
            />
            {goal && ranged && <ReferenceArea y1={goal.low} y2={goal.high} fill="#22c55e" fillOpacity={0.08} ifOverflow="extendDomain" />}
            {goal && (
              <ReferenceLine
                y={goal.low}
                stroke="#16a34a"
                strokeDasharray="4 2"
                ifOverflow="extendDomain"
                label={{
                  value: `目标 ${fmtNumber(goal.low)}${ranged ? `–${fmtNumber(goal.high)}` : ""}${u}`,
                  position: "insideTopLeft",
                  fontSize: 11,
                  fill: "#15803d",
                }}
              />
            )}
            {goal && ranged && <ReferenceLine y={goal.high} stroke="#16a34a" strokeDasharray="4 2" ifOverflow="extendDomain" />}
            <Line dataKey="pathLow" stroke="#94a3b8" strokeDasharray="5 4" dot={false} connectNulls isAnimationActive={false} />
            {ranged && <Line dataKey="pathHigh" stroke="#94a3b8" strokeDasharray="5 4" dot={false} connectNulls isAnimationActive={false} />}
            <Line dataKey="actual" stroke="#2563eb" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
            {baseline && <ReferenceDot x={baseline.t} y={baseline.value} r={4} fill="#64748b" stroke="#fff" ifOverflow="extendDomain" />}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <TrendLegend withBaseline={baseline !== null} />
    </figure>
  );
}

function TrendLegend({ withBaseline }: { withBaseline: boolean }) {
  return (
    <figcaption className="mt-1 flex flex-wrap gap-3 text-xs text-slate-500">
      <span>
        <span className="mr-1 inline-block h-0.5 w-4 bg-blue-600 align-middle" />
        实际值
      </span>
      <span>
        <span className="mr-1 inline-block w-4 border-t-2 border-dashed border-slate-400 align-middle" />
        应达进度
      </span>
      <span>
        <span className="mr-1 inline-block w-4 border-t-2 border-dashed border-green-600 align-middle" />
        目标
      </span>
      {withBaseline && (
        <span>
          <span className="mr-1 inline-block size-2 rounded-full bg-slate-500 align-middle" />
          基线
        </span>
      )}
    </figcaption>
  );
}
