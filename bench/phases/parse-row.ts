// The plan-parse benchmark's row: measured in-process before the server starts.
import type { measureParse } from "../lib/parse";
import type { ResultRow } from "../lib/report";
import { round } from "../lib/stats";
import { ms } from "./page-load";

export function parseRow(parse: Awaited<ReturnType<typeof measureParse>>): ResultRow {
  return {
    name: "plan parse (65 KB, in-process)",
    connections: null,
    p50_ms: ms(parse.latency.p50),
    p95_ms: ms(parse.latency.p95),
    p99_ms: ms(parse.latency.p99),
    rps: round(parse.rps, 1),
    errors: 0,
    requests: parse.latency.count,
    floor_p50_ms: null,
    floor_p95_ms: null,
    ratio_to_floor: null,
    rss_peak_mb: null,
    target: "p95 ≤ 200 ms",
    target_met: parse.latency.p95 <= 200,
    notes: `${parse.bytes} bytes, ${parse.tasks} tasks`,
  };
}
