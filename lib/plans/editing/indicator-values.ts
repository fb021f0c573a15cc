import type { Comparator } from "@/lib/generated/prisma/enums";
import type { IndicatorValues } from "./describe-indicator";

type DecimalLike = { toString(): string } | null;

/** Prisma's Decimals cannot cross into client components; exact text can. */
export function toIndicatorValues(i: {
  id: string;
  name: string;
  unit: string | null;
  comparator: Comparator;
  baselineValue: DecimalLike;
  baselineYear: number | null;
  targetValue: DecimalLike;
  targetMax: DecimalLike;
  targetYear: number | null;
}): IndicatorValues {
  return {
    id: i.id,
    name: i.name,
    unit: i.unit,
    comparator: i.comparator,
    baselineValue: i.baselineValue?.toString() ?? null,
    baselineYear: i.baselineYear,
    targetValue: i.targetValue?.toString() ?? null,
    targetMax: i.targetMax?.toString() ?? null,
    targetYear: i.targetYear,
  };
}
