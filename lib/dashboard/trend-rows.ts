// The rows of an indicator's trend chart: one per point in time, holding the
// approved actual there and, at the baseline and at the target date, the two
// ends of the straight path (low and high differ for a range target). Pure.

export interface TrendPointInput {
  /** Epoch ms. */
  t: number;
  value: number;
}

export interface TrendRow {
  t: number;
  actual?: number;
  pathLow?: number;
  pathHigh?: number;
}

/** Rows by time; the path is drawn only when it runs forward from the baseline to a later target date. */
export function trendRows(
  points: readonly TrendPointInput[],
  baseline: TrendPointInput | null,
  goal: { low: number; high: number } | null,
  goalT: number | null,
): TrendRow[] {
  const rows = new Map<number, TrendRow>();
  const row = (t: number) => rows.get(t) ?? rows.set(t, { t }).get(t)!;
  for (const p of points) row(p.t).actual = p.value;
  if (baseline && goal && goalT !== null && goalT > baseline.t) {
    Object.assign(row(baseline.t), { pathLow: baseline.value, pathHigh: baseline.value });
    Object.assign(row(goalT), { pathLow: goal.low, pathHigh: goal.high });
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}
