// Percentiles over raw samples (milliseconds), and the process-tree RSS
// sampler. Exact percentiles from every sample: autocannon's own summary has
// no p95, so each run records its responses here.

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((n, v) => n + v, 0) / (sorted.length || 1);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), mean };
}

export const round = (v: number | null | undefined, digits = 2): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Times `fn` sequentially: a warm-up, then until `iterations` runs or
 * `maxMs` have passed (at least `minIterations`).
 */
export async function timeIterations(
  fn: () => Promise<unknown> | unknown,
  options: { warmup: number; iterations: number; maxMs: number; minIterations?: number },
): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < options.iterations) {
    if (samples.length >= (options.minIterations ?? 20) && performance.now() - started > options.maxMs) break;
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}
