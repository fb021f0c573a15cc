// The app through a real PgBouncer 1.18 in transaction mode (decision 0041)
// with a server pool of 2, so that transactions of different tenants take
// turns on the same two PostgreSQL connections: each sees only its own rows,
// the scope never outlives its transaction on a pooled connection, and the
// app sends nothing PgBouncer refuses (no statement_timeout startup
// parameter, and no named prepared statements once DATABASE_DIRECT_URL says
// the app URL is pooled, as an operator sets it: Prisma's adapter and pg-boss
// would fail here if they named them, which the last test shows).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getAuthSession, hasTenant } from "@/lib/auth/session";
import { createPrismaClient } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/embedded";
import { startPgBouncer, type PgBouncer } from "@/lib/db/pgbouncer";
import { APP_ROLE } from "@/lib/db/provision";
import { scopeStatement } from "@/lib/db/scope-statement";
import { openTenantTransaction, withTenant } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { JOB_SCHEMA, QUEUES } from "@/lib/jobs/queue";
import { PGBOUNCER, ensureDebianBinary } from "@/lib/ops/debian-binary";
import { listUnits } from "@/lib/org/list-units";
import { addUnitAction } from "@/lib/units/actions";
import { ownerDb, signInAs, tenantIdOf, withRawClient } from "@/tests/support/db";

const SERVER_POOL = 2;
const TENANTS = ["jinfeng", "xingqing", "helan"];
const binary = ensureDebianBinary(PGBOUNCER);

type Global = { eduplanPrisma?: PrismaClient };

const TITLE = "through PgBouncer in transaction mode";
const SKIPPED = `${TITLE} — skipped: ${PGBOUNCER.path} is absent and apt-get cannot install the ${PGBOUNCER.packageName} package`;

describe.skipIf(!binary)(binary ? TITLE : SKIPPED, () => {
  let bouncer: PgBouncer;
  let dir: string;
  let pooledUrl: string;
  let pooled: PrismaClient;
  const directUrl = process.env.APP_DATABASE_URL!;

  beforeAll(async () => {
    const upstream = new URL(process.env.TEST_OWNER_DATABASE_URL!);
    const database = upstream.pathname.slice(1);
    const password = inject("appRolePassword");
    dir = await mkdtemp(path.join(os.tmpdir(), "eduplan-pgbouncer-"));
    bouncer = await startPgBouncer({
      upstreamHost: upstream.hostname,
      upstreamPort: Number(upstream.port),
      databases: [database],
      users: [{ name: APP_ROLE, password }],
      port: await findFreePort(),
      dir,
      poolSize: SERVER_POOL,
    });
    pooledUrl = bouncer.url(APP_ROLE, password, database);
    // As an operator configures a pooled app URL (decision 0041): LISTEN, and only it, goes direct.
    process.env.DATABASE_DIRECT_URL = directUrl;
    // Far more clients than server connections: PgBouncer makes them take turns.
    pooled = createPrismaClient(pooledUrl, 12);
  });

  afterAll(async () => {
    delete process.env.DATABASE_DIRECT_URL;
    await pooled?.$disconnect();
    const global = globalThis as Global;
    if (process.env.APP_DATABASE_URL !== directUrl) {
      await global.eduplanPrisma?.$disconnect();
      delete global.eduplanPrisma;
      process.env.APP_DATABASE_URL = directUrl;
    }
    await bouncer?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("tenants taking turns on two server connections each see only their own rows", async () => {
    const ids = await Promise.all(TENANTS.map((code) => tenantIdOf(code)));
    const own = new Map(await Promise.all(ids.map(async (id) => [id, await ownerDb().orgUnit.count({ where: { tenantId: id } })] as const)));
    const runs = Array.from({ length: 36 }, (_, i) => ids[i % ids.length]!);
    const seen = await Promise.all(
      runs.map((tenantId) =>
        openTenantTransaction(pooled, { tenantId, userId: null }, async (tx) => {
          // A pause inside the transaction holds the server connection, so the others queue for it.
          const [row] = await tx.$queryRaw<{ pid: number; scope: string; units: number; tenants: number; other: number; timeout: string }[]>`
            SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id') AS scope, current_setting('statement_timeout') AS timeout,
              (SELECT count(*)::int FROM org_units) AS units, (SELECT count(DISTINCT tenant_id)::int FROM org_units) AS tenants,
              (SELECT count(*)::int FROM org_units WHERE tenant_id <> ${tenantId}::uuid) AS other, pg_sleep(0.02) IS NULL AS slept`;
          const units = await tx.orgUnit.findMany({ select: { tenantId: true } });
          return { tenantId, ...row!, prismaTenants: [...new Set(units.map((u) => u.tenantId))] };
        }),
      ),
    );
    for (const run of seen) {
      expect(run).toMatchObject({ scope: run.tenantId, units: own.get(run.tenantId), tenants: 1, other: 0, prismaTenants: [run.tenantId], timeout: "15s" });
    }
    const pids = new Map<number, Set<string>>();
    for (const run of seen) pids.set(run.pid, (pids.get(run.pid) ?? new Set()).add(run.tenantId));
    // Three tenants on at most two server connections: at least one connection served two tenants.
    expect(pids.size).toBeLessThanOrEqual(SERVER_POOL);
    expect(Math.max(...[...pids.values()].map((tenants) => tenants.size))).toBeGreaterThan(1);
  });

  it("leaves no scope behind: a statement outside any transaction on a pooled connection sees no tenant and no rows", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    await Promise.all(Array.from({ length: 8 }, () => openTenantTransaction(pooled, { tenantId: jinfeng, userId: null }, (tx) => tx.orgUnit.count())));
    const after = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          pooled.$queryRaw<{ scope: string | null; user: string | null; units: number; timeout: string }[]>`
          SELECT current_setting('app.tenant_id', true) AS scope, current_setting('app.user_id', true) AS user,
            (SELECT count(*)::int FROM org_units) AS units, current_setting('statement_timeout') AS timeout`,
      ),
    );
    for (const [row] of after) {
      expect(row!.scope ?? "").toBe("");
      expect(row!.user ?? "").toBe("");
      expect(row!.units).toBe(0);
      // Outside a transaction the app role's own default bounds a statement (ensureAppRole).
      expect(row!.timeout).toBe("15s");
    }
    expect(await ownerDb().orgUnit.count({ where: { tenantId: jinfeng } })).toBeGreaterThan(0);
  });

  it("cancels a statement past the scope statement's timeout, through the pooler", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    await withRawClient(pooledUrl, async (c) => {
      const scope = scopeStatement({ tenantId: jinfeng, userId: null }, { statementTimeoutMs: 100 });
      await c.query("BEGIN");
      await c.query(scope.text, scope.values);
      await expect(c.query("SELECT pg_sleep(2)")).rejects.toThrow(/statement timeout/);
      await c.query("ROLLBACK");
    });
  });

  it("a server action writes through the pooler, and the next page reads it back", async () => {
    process.env.APP_DATABASE_URL = pooledUrl;
    const global = globalThis as Global;
    await global.eduplanPrisma?.$disconnect();
    delete global.eduplanPrisma;
    const helan = await tenantIdOf("helan");
    await signInAs("helan.admin");
    expect(await addUnitAction(null, { name: "连接池测试小学", kind: "school" })).toMatchObject({ ok: true });
    const session = await getAuthSession();
    if (!hasTenant(session)) throw new Error("helan.admin has no tenant");
    const page = await withTenant(session, (tx) => listUnits(tx, session.tenant.tenantId, { q: "连接池测试", page: 1 }), { readOnly: true });
    expect(page.items.map((r) => r.name)).toEqual(["连接池测试小学"]);
    expect(await ownerDb().orgUnit.count({ where: { tenantId: helan, name: "连接池测试小学" } })).toBe(1);
    // Another tenant's transaction on the same two server connections does not see it.
    const jinfeng = await tenantIdOf("jinfeng");
    expect(await openTenantTransaction(pooled, { tenantId: jinfeng, userId: null }, (tx) => tx.orgUnit.count({ where: { name: "连接池测试小学" } }))).toBe(0);
  });

  it("runs the job queue (pg-boss) through the pooler", async () => {
    const boss = new PgBoss({ connectionString: pooledUrl, schema: JOB_SCHEMA, migrate: false, supervise: false, schedule: false });
    boss.on("error", () => {});
    await boss.start();
    try {
      const id = await boss.send(QUEUES.pruneAuth, { via: "pgbouncer" });
      const [job] = await boss.fetch<{ via: string }>(QUEUES.pruneAuth);
      expect(job).toMatchObject({ id, data: { via: "pgbouncer" } });
      await boss.complete(QUEUES.pruneAuth, job!.id);
      expect(await boss.getJobById(QUEUES.pruneAuth, job!.id)).toMatchObject({ state: "completed" });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });

  it("would fail with named prepared statements, which is why a pooled app URL sends none", async () => {
    // Twelve client connections each prepare the same statement name on two server connections.
    const naming = createPrismaClient(pooledUrl, 12, undefined, { preparedStatements: true });
    try {
      const jinfeng = await tenantIdOf("jinfeng");
      const runs = await Promise.allSettled(
        Array.from({ length: 12 }, () =>
          openTenantTransaction(naming, { tenantId: jinfeng, userId: null }, (tx) => tx.$queryRaw`SELECT pg_sleep(0.02) IS NULL AS slept`),
        ),
      );
      const refused = runs.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
      expect(refused.length).toBeGreaterThan(0);
      for (const reason of refused) expect(reason).toMatch(/prepared statement "eduplan_[0-9a-f]+" (already exists|does not exist)/);
    } finally {
      await naming.$disconnect();
    }
  });
});
