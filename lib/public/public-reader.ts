// The public page's reads: a snapshot cache kept honest by a LISTEN
// connection (snapshot-cache.ts, publication-listener.ts) in front of the
// read-only loaders. Pages use the process's one reader (reader.ts); tests
// make their own, several at once standing for several servers.
import { listenForPublications } from "./publication-listener";
import { SnapshotCache } from "./snapshot-cache";
import type { SnapshotLoaders } from "./load-snapshots";
import type { PublicBureauSnapshot, PublicPlanSnapshot } from "./types";

/** The freshness bound when a notification is lost without the connection noticing; the page shows 数据更新时间. */
export const PUBLIC_CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 5_000;

export interface PublicReader {
  bureau(code: string): Promise<PublicBureauSnapshot | null>;
  plan(code: string, planId: string): Promise<PublicPlanSnapshot | null>;
  /** Whether the cache is in use (the listener is connected). */
  readonly live: boolean;
  stop(): Promise<void>;
}

export function createPublicReader(options: { databaseUrl: string; loaders: SnapshotLoaders; ttlMs?: number; log?: (line: string) => void }): PublicReader {
  const cache = new SnapshotCache({ ttlMs: options.ttlMs ?? PUBLIC_CACHE_TTL_MS, maxEntries: MAX_ENTRIES });
  const listener = listenForPublications({
    url: options.databaseUrl,
    onChange: (tenantId) => cache.dropTenant(tenantId),
    onLive: (live) => cache.setLive(live),
    log: options.log,
  });
  // Codes are lower-case identifiers; a key cannot contain the separator of another.
  return {
    bureau: (code) => cache.get(`b\u0000${code}`, () => options.loaders.bureau(code)),
    plan: (code, planId) => cache.get(`p\u0000${code}\u0000${planId}`, () => options.loaders.plan(code, planId)),
    get live() {
      return cache.isLive;
    },
    stop: () => listener.stop(),
  };
}
