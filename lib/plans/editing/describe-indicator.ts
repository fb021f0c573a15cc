// Pure, client-safe: one line summarising an indicator's baseline and target.
import type { Comparator } from "@/lib/generated/prisma/enums";

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

const SIGN: Record<Comparator, string> = { gte: "≥ ", lte: "≤ ", eq: "= ", range: "", change: "变化 " };

export function describeIndicator(i: IndicatorValues): string {
  const unit = i.unit ?? "";
  const year = (y: number | null) => (y ? `（${y}年）` : "");
  const parts: string[] = [];
  if (i.baselineValue !== null) parts.push(`基期 ${i.baselineValue}${unit}${year(i.baselineYear)}`);
  if (i.targetValue !== null) {
    const value = i.comparator === "range" && i.targetMax !== null ? `${i.targetValue}–${i.targetMax}` : i.targetValue;
    parts.push(`目标 ${SIGN[i.comparator]}${value}${unit}${year(i.targetYear)}`);
  } else if (i.targetYear) {
    parts.push(`目标年份 ${i.targetYear}`);
  }
  return parts.join(" → ") || "未设定数值";
}
