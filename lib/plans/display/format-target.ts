// Compact text for a target ("≥ 95%", "3–5 所", "+2 个百分点"), shared by the
// plan table, task chips and the task page. Prisma Decimals arrive as objects
// with toString(); numbers and strings are accepted too.
import type { Comparator } from "@/lib/generated/prisma/enums";

type Num = number | string | { toString(): string } | null | undefined;

export interface TargetLike {
  comparator: Comparator;
  targetValue: Num;
  targetMax?: Num;
  unit?: string | null;
}

export function formatNumber(value: Num): string {
  if (value === null || value === undefined) return "";
  const n = Number(value.toString());
  if (!Number.isFinite(n)) return value.toString();
  // Decimals come back as 95.0000; show the shortest exact form.
  return String(Number(n.toFixed(4)));
}

export function formatTarget(t: TargetLike): string {
  if (t.targetValue === null || t.targetValue === undefined) return "—";
  const unit = t.unit ?? "";
  const value = formatNumber(t.targetValue);
  switch (t.comparator) {
    case "gte":
      return `≥ ${value}${unit}`;
    case "lte":
      return `≤ ${value}${unit}`;
    case "eq":
      return `= ${value}${unit}`;
    case "range":
      return t.targetMax === null || t.targetMax === undefined ? `≥ ${value}${unit}` : `${value}–${formatNumber(t.targetMax)}${unit}`;
    case "change":
      return `${Number(value) > 0 ? "+" : ""}${value}${unit}`;
  }
}

export function formatBaseline(value: Num, year: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined) return "—";
  return `${formatNumber(value)}${unit ?? ""}${year ? `（${year}年）` : ""}`;
}
