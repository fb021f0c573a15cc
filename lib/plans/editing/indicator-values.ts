import type { IndicatorNumbers } from "@/lib/indicators/indicator-numbers";
import type { IndicatorValues } from "./describe-indicator";

type DecimalLike = { toString(): string } | null;

/** Prisma's Decimals cannot cross into client components; exact text can. */
export function toIndicatorValues(i: IndicatorNumbers<DecimalLike> & { id: string; name: string; unit: string | null }): IndicatorValues {
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
