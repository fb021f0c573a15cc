// The header search (GET /api/v1/search) over the measured district: a mix of
// one-, two- and longer queries, each connection asking them in turn. One and
// two characters have no trigram and scan the tenant's rows (bounded by
// tenant_id); three and more are served by the pg_trgm GIN indexes
// (decision 0032). Words the synthetic plans, units and reports contain.
import { fetchText, type BenchServer } from "../lib/http";
import type { Target } from "./page-load";

export const SEARCH_QUERIES = {
  one: ["园", "校", "党"],
  two: ["学前", "教师", "督导"],
  more: ["幼儿园", "集团化办学", "专项培训", "教学研究室", "推进中小学"],
} as const;

export const SEARCH_TARGET_MS = 100;

export function searchPaths(): string[] {
  return [...SEARCH_QUERIES.one, ...SEARCH_QUERIES.two, ...SEARCH_QUERIES.more].map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`);
}

/** Every query answers 200 with at least one hit: a mix of empty answers would measure nothing. */
export async function checkSearch(server: BenchServer, cookie: string): Promise<void> {
  for (const path of searchPaths()) {
    const { status, text } = await fetchText(server.origin, path, cookie);
    const hits = status === 200 ? ((JSON.parse(text) as { results: unknown[] }).results.length ?? 0) : 0;
    if (hits === 0) throw new Error(`${decodeURIComponent(path)}: HTTP ${status}, ${hits} results`);
  }
}

export const searchTarget: Target = (r, connections) =>
  connections === 1 ? { text: `p95 ≤ ${SEARCH_TARGET_MS} ms`, met: r.errors === 0 && r.latency.p95 <= SEARCH_TARGET_MS } : null;
