// A parsed plan's indicators as rows: the quantified targets stated in prose
// (a task's, or the plan's goals) and the rows of its indicator table, in the
// database's comparator vocabulary. Positions are given by planRows.
import type { IndicatorNumbers } from "@/lib/indicators/indicator-numbers";
import type { Indicator, Target } from "@/lib/plans/parser";
import { COMPARATOR_FROM_API } from "@/lib/vocabulary/comparator";

export interface IndicatorRow extends IndicatorNumbers {
  taskId: string | null;
  origin: "table" | "text";
  position: number;
  name: string;
  unit: string | null;
  sourceText: string;
}

/** A quantified target stated in prose. */
export function targetIndicator(target: Target, taskId: string | null): Omit<IndicatorRow, "position"> {
  return {
    taskId,
    origin: "text",
    name: target.text.slice(0, 200),
    unit: target.unit || null,
    comparator: COMPARATOR_FROM_API[target.comparator],
    baselineValue: null,
    baselineYear: null,
    targetValue: target.min ?? target.value,
    targetMax: target.comparator === "range" ? (target.max ?? null) : null,
    targetYear: target.year,
    sourceText: target.text,
  };
}

/** A row of the plan's indicator table. */
export function tableIndicator(indicator: Indicator): Omit<IndicatorRow, "position"> {
  const target = indicator.target;
  return {
    taskId: null,
    origin: "table",
    name: indicator.name,
    unit: indicator.unit,
    comparator: target ? COMPARATOR_FROM_API[target.comparator] : "gte",
    baselineValue: indicator.baseline?.value ?? null,
    baselineYear: indicator.baseline?.year ?? null,
    targetValue: target ? (target.min ?? target.value) : null,
    targetMax: target?.comparator === "range" ? (target.max ?? null) : null,
    targetYear: target?.year ?? null,
    sourceText: indicator.category ? `${indicator.category} / ${indicator.name}` : indicator.name,
  };
}
