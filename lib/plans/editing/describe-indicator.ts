// Pure, client-safe: one line summarising an indicator's baseline and target.
import type { Comparator } from "@/lib/generated/prisma/enums";
import { formatBaseline, formatTarget } from "@/lib/format";

export interface IndicatorValues {
  id: string;
  name: string;
  unit: string | null;
  comparator: Comparator;
  baselineValue: string | null;
  baselineYear: number | null;
  targetValue: string | null;
  targetMax: string | null;
  targetYear: number | null;
}

export function describeIndicator(i: IndicatorValues): string {
  const parts: string[] = [];
  if (i.baselineValue !== null) parts.push(`基期 ${formatBaseline(i.baselineValue, i.baselineYear, i.unit)}`);
  if (i.targetValue !== null) parts.push(`目标 ${formatTarget(i, { withYear: true })}`);
  else if (i.targetYear) parts.push(`目标年份 ${i.targetYear}`);
  return parts.join(" → ") || "未设定数值";
}
