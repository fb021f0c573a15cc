// A real streaming standby (lib/db/streaming-replica.ts) of this file's own
// primary, and the read router in front of them (decision 0040): page reads,
// read routes and the city view on the standby; writes and the session check
// on the primary; a writer's next read on the primary until the standby has
// replayed the write; a lagging or stopped standby left for the primary.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { guarded } from "@/lib/auth/guard";
import { tenantReadRoute } from "@/lib/auth/route";
import { tenantScope } from "@/lib/auth/scopes";
import { getAuthSession, hasTenant, READ_AFTER_COOKIE, type TenantSession } from "@/lib/auth/session";
import { findFreePort } from "@/lib/db/embedded";
import { getReplicaPrisma } from "@/lib/db/replica-client";
import { startStreamingReplica, type StreamingReplica } from "@/lib/db/streaming-replica";
import { readTenant, withChildTenants, type Tx } from "@/lib/db/tenant-scope";
import { signInAs, withRawClient } from "@/tests/support/db";
import { testCookies } from "@/tests/support/request-context";

// The standby is of the run's shared server (global-setup.ts), which holds this file's database
// (file-setup.ts): no second primary to migrate and seed. An external TEST_DATABASE_URL has no
// data directory here to copy.
const external = Boolean(process.env.TEST_DATABASE_URL);
let dir: string;
let standby: StreamingReplica;

beforeAll(async () => {
  if (external) return;
  const adminUrl = inject("adminUrl");
  const dataDir = await withRawClient(adminUrl, async (c) => (await c.query<{ d: string }>("SELECT current_setting('data_directory') AS d")).rows[0]!.d);
  dir = await mkdtemp(path.join(os.tmpdir(), "eduplan-replica-"));
  standby = await startStreamingReplica({ primaryAdminUrl: adminUrl, primaryDataDir: dataDir, dataDir: path.join(dir, "standby"), port: await findFreePort() });
  process.env.DATABASE_REPLICA_URL = standby.mirror(process.env.APP_DATABASE_URL!);
  process.env.DATABASE_REPLICA_MAX_LAG_MS = "600000";
});

afterAll(async () => {
  if (external) return;
  delete process.env.DATABASE_REPLICA_URL;
  delete process.env.DATABASE_REPLICA_MAX_LAG_MS;
  await getReplicaPrisma()?.$disconnect();
  await standby?.discard();
  await rm(dir, { recursive: true, force: true });
});

const onStandby = async (tx: Tx) => (await tx.$queryRaw<{ r: boolean }[]>`SELECT pg_is_in_recovery() AS r`)[0]!.r;

// The marker: the name of the bureau's first unit.
const FIRST_UNIT = "(SELECT u.id FROM org_units u JOIN tenants t ON t.id = u.tenant_id WHERE t.code = 'jinfeng' ORDER BY u.id LIMIT 1)";

/** Where a page read ran, and the marker as it saw it. */
async function pageRead(session: TenantSession) {
  return readTenant(session, async (tx) => ({
    standby: await onStandby(tx),
    name: (await tx.$queryRaw<{ name: string }[]>`SELECT name FROM org_units ORDER BY id LIMIT 1`)[0]!.name,
  }));
}

async function session(): Promise<TenantSession> {
  const s = await getAuthSession();
  if (!hasTenant(s)) throw new Error("no tenant session");
  return s;
}

/** A bureau_admin's write through the wrapper core, as an action or write route makes it. */
async function writeThroughWrapper(name: string) {
  const scope = tenantScope("units:manage");
  return guarded({
    scope,
    parse: () => ({ ok: true as const, value: name }),
    run: (s, value) =>
      scope.transaction(s, async (tx) => {
        expect(await tx.$executeRaw`UPDATE org_units SET name = ${value} WHERE id = (SELECT id FROM org_units ORDER BY id LIMIT 1)`).toBe(1);
        return onStandby(tx);
      }),
  });
}

const superuser = (sql: string, url = process.env.TEST_OWNER_DATABASE_URL!) => withRawClient(url, (c) => c.query(sql));

describe.skipIf(external)("read replica (skipped with TEST_DATABASE_URL: its data directory is not here to copy)", () => {
  it("runs a page read, a read route and the city view on the standby, and they see the primary's commits once replayed", async () => {
    await signInAs("jinfeng.leader");
    await superuser(`UPDATE org_units SET name = '单位（复制）' WHERE id = ${FIRST_UNIT}`);
    await expect.poll(async () => pageRead(await session()), { timeout: 15_000 }).toEqual({ standby: true, name: "单位（复制）" });

    const route = tenantReadRoute({ permission: "tenant:read", query: z.object({}) }, async ({ tx }) => ({ standby: await onStandby(tx) }));
    expect(await (await route(new Request("http://test/api/x"))).json()).toEqual({ standby: true });

    await signInAs("yinchuan.viewer");
    const city = await withChildTenants(await session(), async (tx, children) => ({ standby: await onStandby(tx), districts: children.length }));
    expect(city.standby).toBe(true);
    expect(city.districts).toBeGreaterThan(0);
  });

  it("writes on the primary, checks the session there, and reads the writer's next page from the primary until the standby has replayed it", async () => {
    const standbyAdmin = standby.urlFor("postgres");
    await superuser("SELECT pg_wal_replay_pause()", standbyAdmin);
    let cookie: string | undefined;
    try {
      // A session begun while the standby replays nothing: found, so the session check read the primary.
      await signInAs("jinfeng.admin");
      const before = await session();
      expect(before.readAfterLsn ?? null).toBeNull();

      expect(await writeThroughWrapper("单位（已改）")).toEqual({ ok: true, data: false });
      cookie = testCookies.get(READ_AFTER_COOKIE)?.value;
      expect(cookie).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

      // The writer's next request carries the position: the primary, and their own write.
      const writer = await session();
      expect(writer.readAfterLsn).toBe(cookie);
      expect(await pageRead(writer)).toEqual({ standby: false, name: "单位（已改）" });

      // Someone else (no position) still reads the paused standby, which has not seen it.
      await signInAs("jinfeng.leader");
      expect(await pageRead(await session())).toEqual({ standby: true, name: "单位（复制）" });
    } finally {
      await superuser("SELECT pg_wal_replay_resume()", standbyAdmin);
    }
    // Replayed: the writer's reads return to the standby, position and all.
    await signInAs("jinfeng.admin");
    const writer = { ...(await session()), readAfterLsn: cookie };
    await expect.poll(() => pageRead(writer), { timeout: 15_000 }).toEqual({ standby: true, name: "单位（已改）" });
  });

  it("leaves reads to the primary while the standby lags past the bound", async () => {
    const standbyAdmin = standby.urlFor("postgres");
    await signInAs("jinfeng.leader");
    await superuser("SELECT pg_wal_replay_pause()", standbyAdmin);
    process.env.DATABASE_REPLICA_MAX_LAG_MS = "1";
    try {
      await superuser(`UPDATE org_units SET name = '单位（滞后）' WHERE id = ${FIRST_UNIT}`);
      await expect.poll(async () => pageRead(await session()), { timeout: 15_000 }).toEqual({ standby: false, name: "单位（滞后）" });
    } finally {
      process.env.DATABASE_REPLICA_MAX_LAG_MS = "600000";
      await superuser("SELECT pg_wal_replay_resume()", standbyAdmin);
    }
    await expect.poll(async () => pageRead(await session()), { timeout: 15_000 }).toEqual({ standby: true, name: "单位（滞后）" });
  });

  it("answers from the primary, without an error, once the standby is stopped", async () => {
    await signInAs("jinfeng.leader");
    expect((await pageRead(await session())).standby).toBe(true);
    await standby.stop();
    expect(await pageRead(await session())).toEqual({ standby: false, name: "单位（滞后）" });
    const city = async () => {
      await signInAs("yinchuan.viewer");
      return withChildTenants(await session(), async (tx) => onStandby(tx));
    };
    expect(await city()).toBe(false);
  });
});
