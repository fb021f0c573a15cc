// An HTTP benchmark: one page loaded at 1 connection (latency) and at N
// (throughput), each run beside its floor, with the server's peak RSS.
import type { BenchServer } from "../lib/http";
import { measureGet, type LoadResult } from "../lib/load";
import type { ResultRow } from "../lib/report";
import { RssSampler } from "../lib/rss";
import { round, type Summary } from "../lib/stats";
import type { Log } from "./lifecycle";
import type { RunOptions } from "./options";
import { settle } from "./server";

export const ms = (v: number) => round(v, 2);

export type Target = (r: LoadResult, connections: number) => { text: string; met: boolean } | null;

/** Where the results go: the rows, and the peak RSS under dashboard load. */
export interface Results {
  rows: ResultRow[];
  rssPeakDashboard: number;
}

export interface PageLoad {
  name: string;
  path: string;
  /** A mix of paths requested in turn (the search's queries); `path` is the first. */
  paths?: string[];
  cookie: string | undefined;
  floor: Summary | null;
  target?: Target;
  connectionCounts?: number[];
}

// p95 within 3× the floor's p95 and under an absolute bound, judged at one connection (latency, not queueing).
export const latencyTarget =
  (floor: Summary, bound: number): Target =>
  (r, connections) =>
    connections === 1 ? { text: `p95 ≤ 3× floor and < ${bound} ms`, met: r.errors === 0 && r.latency.p95 <= 3 * floor.p95 && r.latency.p95 < bound } : null;

export async function measurePage(server: BenchServer, options: RunOptions, results: Results, load: PageLoad, log: Log): Promise<void> {
  const { name, floor } = load;
  for (const connections of load.connectionCounts ?? [1, options.loadConnections]) {
    await settle(server);
    const sampler = new RssSampler(server.pids);
    sampler.start();
    const result = await measureGet({
      origin: server.origin,
      path: load.path,
      paths: load.paths,
      cookie: load.cookie,
      connections,
      durationS: options.durationS,
      warmupS: options.warmupS,
    });
    const rss = sampler.stop();
    if (name.startsWith("dashboard")) results.rssPeakDashboard = Math.max(results.rssPeakDashboard, rss);
    const judged = load.target?.(result, connections) ?? null;
    results.rows.push({
      name: `${name} c=${connections}`,
      connections,
      p50_ms: ms(result.latency.p50),
      p95_ms: ms(result.latency.p95),
      p99_ms: ms(result.latency.p99),
      rps: round(result.rps, 1),
      errors: result.errors,
      requests: result.requests,
      floor_p50_ms: floor ? ms(floor.p50) : null,
      floor_p95_ms: floor ? ms(floor.p95) : null,
      ratio_to_floor: floor ? round(result.latency.p50 / floor.p50, 1) : null,
      rss_peak_mb: round(rss, 0),
      target: judged?.text ?? null,
      target_met: judged?.met ?? null,
      notes: [`${round(result.meanBytes / 1024, 1)} KiB per answer`, ...(result.errors ? [`statuses ${JSON.stringify(result.statuses)}`] : [])].join("; "),
    });
    log(
      `${name} c=${connections}: p50 ${result.latency.p50.toFixed(1)} ms, p95 ${result.latency.p95.toFixed(1)} ms, ${result.rps.toFixed(1)} req/s, ${result.errors} errors`,
    );
  }
}
