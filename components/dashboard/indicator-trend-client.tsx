"use client";
// The trend chart is drawn in the browser only: recharts sizes itself from the
// rendered container (ResponsiveContainer), so server-rendering it produced
// markup the browser replaced anyway, at a cost on every dashboard request.
import dynamic from "next/dynamic";

export const IndicatorTrendClient = dynamic(() => import("./indicator-trend").then((m) => m.IndicatorTrend), {
  ssr: false,
  loading: () => <div className="h-44 w-full animate-pulse rounded bg-slate-50" aria-hidden="true" />,
});
