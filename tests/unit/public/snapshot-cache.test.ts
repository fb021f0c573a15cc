// The public page's snapshot cache: one load for concurrent misses, nothing
// trusted while its listener is down, and a load racing an invalidation never
// puts the old answer back (an unpublished plan must not reappear).
import { describe, expect, it } from "vitest";
import { SnapshotCache } from "@/lib/public/snapshot-cache";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const live = () => {
  const cache = new SnapshotCache({ ttlMs: 60_000, maxEntries: 3 });
  cache.setLive(true);
  return cache;
};

describe("SnapshotCache", () => {
  it("loads once for concurrent misses and serves the answer after", async () => {
    const cache = live();
    let loads = 0;
    const load = async () => (loads++, { tenantId: "t1", value: "plan" });
    expect(await Promise.all([cache.get("k", load), cache.get("k", load), cache.get("k", load)])).toEqual(["plan", "plan", "plan"]);
    expect(await cache.get("k", load)).toBe("plan");
    expect(loads).toBe(1);
  });

  it("bypasses itself while the listener is not connected", async () => {
    const cache = new SnapshotCache({ ttlMs: 60_000, maxEntries: 3 });
    let loads = 0;
    const load = async () => (loads++, { tenantId: "t1", value: loads });
    await cache.get("k", load);
    expect(await cache.get("k", load)).toBe(2);
    cache.setLive(true);
    await cache.get("k", load);
    cache.setLive(false);
    expect(await cache.get("k", load)).toBe(4);
  });

  it("drops the bureau's entries, and a load begun before the drop does not store its stale answer", async () => {
    const cache = live();
    await cache.get("a", async () => ({ tenantId: "t1", value: "a1" }));
    await cache.get("b", async () => ({ tenantId: "t2", value: "b1" }));
    const slow = deferred<{ tenantId: string; value: string }>();
    const racing = cache.get("c", () => slow.promise);
    cache.dropTenant("t1");
    slow.resolve({ tenantId: "t1", value: "stale" });
    expect(await racing).toBe("stale");
    expect(await cache.get("a", async () => ({ tenantId: "t1", value: "a2" }))).toBe("a2");
    expect(await cache.get("b", async () => ({ tenantId: "t2", value: "b2" }))).toBe("b1");
    expect(await cache.get("c", async () => ({ tenantId: "t1", value: "fresh" }))).toBe("fresh");
  });

  it("keeps at most maxEntries, dropping the oldest", async () => {
    const cache = live();
    for (const k of ["1", "2", "3", "4"]) await cache.get(k, async () => ({ tenantId: null, value: k }));
    expect(await cache.get("1", async () => ({ tenantId: null, value: "reloaded" }))).toBe("reloaded");
    expect(await cache.get("4", async () => ({ tenantId: null, value: "reloaded" }))).toBe("4");
  });
});
