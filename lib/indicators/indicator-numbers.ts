// An indicator's baseline and target, field for field as the indicators table
// stores them. The importer's rows, the on-path judgement, the simulation, the
// editor and the plan's table all speak of these six fields; `V` is how a value
// travels there (a number, Prisma's Decimal, exact text for a client component).
import type { Comparator } from "@/lib/generated/prisma/enums";

export interface IndicatorNumbers<V = number | null> {
  comparator: Comparator;
  baselineValue: V;
  baselineYear: number | null;
  targetValue: V;
  /** Upper bound of a range target. */
  targetMax: V;
  targetYear: number | null;
}
