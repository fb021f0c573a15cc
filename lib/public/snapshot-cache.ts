// The public page's per-process cache of snapshots, so a surge of readers
// does not reach the database. Freshness has two bounds: a TTL, and the
// database's NOTIFY on every publication change (publication-listener.ts),
// which drops the bureau's entries at once. While the listener is not
// connected the cache is bypassed (`live` false), because a missed
// notification would keep an unpublished plan on show until the TTL.
//
// Concurrent misses of one key share one load (single flight). An
// invalidation bumps the epoch: a load that started before it neither stores
// its (possibly stale) answer nor is joined by later readers.

interface Entry {
  tenantId: string | null;
  value: unknown;
  expiresAt: number;
}

export interface CacheOptions {
  ttlMs: number;
  /** Unknown codes are answers too: the bound keeps a scan of made-up codes from growing the map. */
  maxEntries: number;
}

export class SnapshotCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private epoch = 0;
  private live = false;

  constructor(private readonly options: CacheOptions) {}

  get isLive(): boolean {
    return this.live;
  }

  /** The listener connected (true) or lost its connection (false); either way what was cached may have missed a change. */
  setLive(live: boolean): void {
    this.live = live;
    this.clear();
  }

  clear(): void {
    this.entries.clear();
    this.inflight.clear();
    this.epoch++;
  }

  /** A publication of this bureau changed. */
  dropTenant(tenantId: string): void {
    for (const [key, entry] of this.entries) if (entry.tenantId === tenantId) this.entries.delete(key);
    this.inflight.clear();
    this.epoch++;
  }

  async get<T>(key: string, load: () => Promise<{ tenantId: string | null; value: T }>): Promise<T> {
    if (!this.live) return (await load()).value;
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.value as T;
    const pending = this.inflight.get(key);
    if (pending) return pending as Promise<T>;
    const epoch = this.epoch;
    const promise = load()
      .then(({ tenantId, value }) => {
        if (this.live && this.epoch === epoch) this.store(key, { tenantId, value, expiresAt: Date.now() + this.options.ttlMs });
        return value;
      })
      .finally(() => {
        if (this.inflight.get(key) === promise) this.inflight.delete(key);
      });
    this.inflight.set(key, promise);
    return promise;
  }

  private store(key: string, entry: Entry): void {
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
  }
}
