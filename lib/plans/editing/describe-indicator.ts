// Pure, client-safe: one line summarising an indicator's baseline and target.
import type { IndicatorNumbers } from "@/lib/indicators/indicator-numbers";
import { formatBaseline, formatTarget } from "@/lib/format";

export interface IndicatorValues extends IndicatorNumbers<string | null> {
  id: string;
  name: string;
  unit: string | null;
}

export function describeIndicator(i: IndicatorValues): string {
  const parts: string[] = [];
  if (i.baselineValue !== null) parts.push(`基期 ${formatBaseline(i.baselineValue, i.baselineYear, i.unit)}`);
  if (i.targetValue !== null) parts.push(`目标 ${formatTarget(i, { withYear: true })}`);
  else if (i.targetYear) parts.push(`目标年份 ${i.targetYear}`);
  return parts.join(" → ") || "未设定数值";
}
