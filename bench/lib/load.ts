// HTTP load with autocannon over loopback: a warm-up that is thrown away,
// then a fixed duration; every response's latency is kept for exact
// percentiles (autocannon's summary has no p95).
import autocannon, { type Request } from "autocannon";
import { summarize, type Summary } from "./stats";

export interface LoadOptions {
  origin: string;
  path: string;
  /** Several paths requested in turn by every connection (a mix of queries); `path` is then the first. */
  paths?: string[];
  cookie?: string;
  connections: number;
  durationS: number;
  warmupS: number;
}

export interface LoadResult {
  latency: Summary;
  /** 2xx responses per second over the measured run. */
  rps: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  /** Mean size of a 2xx answer as sent (headers and body, uncompressed: autocannon asks for no encoding). */
  meanBytes: number;
}

export interface RunOptions {
  origin: string;
  connections: number;
  durationS: number;
  headers?: Record<string, string>;
  path?: string;
  requests?: Request[];
  /** Called for every response with its latency in ms and its size in bytes. */
  onLatency?: (status: number, ms: number, bytes: number) => void;
}

/** One autocannon run; resolves with the raw counts. */
export async function runAutocannon(options: RunOptions): Promise<{ ok: number; errors: number; durationS: number; statuses: Record<string, number> }> {
  const statuses: Record<string, number> = {};
  let ok = 0;
  let non2xx = 0;
  const instance = autocannon({
    url: `${options.origin}${options.path ?? "/"}`,
    connections: options.connections,
    duration: options.durationS,
    timeout: 30,
    headers: options.headers,
    requests: options.requests,
  });
  instance.on("response", (_client: unknown, status: number, bytes: number, ms: number) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 200 && status < 300) ok++;
    else non2xx++;
    options.onLatency?.(status, ms, bytes);
  });
  const result = await instance;
  return { ok, errors: non2xx + result.errors, durationS: result.duration, statuses };
}

/** Warm-up, then the measured run of GET `path` with the session cookie. */
export async function measureGet(options: LoadOptions): Promise<LoadResult> {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const requests = options.paths?.map((path): Request => ({ method: "GET", path }));
  if (options.warmupS > 0)
    await runAutocannon({ origin: options.origin, path: options.path, connections: options.connections, durationS: options.warmupS, headers, requests });
  const latencies: number[] = [];
  let okBytes = 0;
  const run = await runAutocannon({
    origin: options.origin,
    path: options.path,
    connections: options.connections,
    durationS: options.durationS,
    headers,
    requests,
    onLatency: (status, ms, bytes) => {
      if (status < 200 || status >= 300) return;
      latencies.push(ms);
      okBytes += bytes;
    },
  });
  return {
    latency: summarize(latencies),
    rps: run.ok / run.durationS,
    requests: run.ok + run.errors,
    errors: run.errors,
    statuses: run.statuses,
    meanBytes: latencies.length ? okBytes / latencies.length : 0,
  };
}
