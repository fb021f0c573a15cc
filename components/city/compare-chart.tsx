"use client";
// Horizontal bars (recharts 3): each district's latest approved actual,
// coloured by the judgement, beside its target. A district without data gets
// no bar at all and "无数据" in its label: a missing value must never read as
// zero. Bars start at zero (the table carries the exact numbers).
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { DistrictComparison } from "@/lib/city/compare-indicator";
import { formatValue } from "@/lib/format";
import { JUDGEMENT_LABELS } from "@/lib/vocabulary";
import { STATUS_COLORS, shortDistrictName } from "./compare-format";

interface Datum {
  name: string;
  actual: number | null;
  target: number | null;
  status: DistrictComparison["status"];
}

export function CompareChart({ districts, unit }: { districts: DistrictComparison[]; unit: string | null }) {
  const data: Datum[] = districts.map((d) => ({
    name: shortDistrictName(d.tenant.name),
    actual: d.latest?.value ?? null,
    target: d.target?.value ?? null,
    status: d.status,
  }));
  const label = (v: unknown) => (typeof v === "number" ? formatValue(v, unit) : "");
  const noData = new Set(data.filter((d) => d.actual === null).map((d) => d.name));
  const shown = new Set(districts.map((d) => d.status));
  return (
    <figure className="w-full" aria-label="各区县最新实际与目标对比图" data-testid="compare-chart">
      <ResponsiveContainer width="100%" height={data.length * 64 + 56}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }} barGap={2}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={[0, "auto"]} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={72} tick={(props: TickProps) => <DistrictTick {...props} noData={noData} />} />
          <Tooltip formatter={(value) => label(value)} />
          <Bar dataKey="actual" name="最新实际" fill="#1d4ed8" isAnimationActive={false} shape={(props: BarShapeProps) => <StatusBar {...props} />}>
            <LabelList dataKey="actual" position="right" formatter={label} style={{ fontSize: 12 }} />
          </Bar>
          <Bar dataKey="target" name="目标" fill="#cbd5e1" isAnimationActive={false}>
            <LabelList dataKey="target" position="right" formatter={label} style={{ fontSize: 11, fill: "#64748b" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {/* An HTML legend: the actual bars take the judgement's colour, which recharts' legend cannot show. */}
      <figcaption className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-600">
        {(["ahead", "on-track", "behind"] as const)
          .filter((s) => shown.has(s))
          .map((s) => (
            <span key={s} className="inline-flex items-center gap-1">
              <span className="inline-block size-3 rounded-sm" style={{ background: STATUS_COLORS[s] }} />
              最新实际（{JUDGEMENT_LABELS[s]}）
            </span>
          ))}
        <span className="inline-flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm bg-slate-300" />
          目标
        </span>
      </figcaption>
    </figure>
  );
}

/** Replaces the deprecated Cell: the bar's colour follows its row's judgement. */
function StatusBar(props: BarShapeProps) {
  const status = (props.payload as Datum | undefined)?.status ?? "no-data";
  return <Rectangle {...props} fill={STATUS_COLORS[status]} />;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** The district's name, and under it "无数据" where it has no actual, so a missing bar never reads as zero. */
function DistrictTick({ x = 0, y = 0, payload, noData }: TickProps & { noData: Set<string> }) {
  const name = String(payload?.value ?? "");
  const missing = noData.has(name);
  return (
    <text x={Number(x) - 6} y={Number(y)} textAnchor="end" fontSize={12} fill="#334155">
      <tspan x={Number(x) - 6} dy={missing ? -2 : 4}>
        {name}
      </tspan>
      {missing && (
        <tspan x={Number(x) - 6} dy={14} fill="#64748b" fontSize={11}>
          无数据
        </tspan>
      )}
    </text>
  );
}
