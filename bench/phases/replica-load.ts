// The replica rows (`--only …,replica`; decision 0040): a streaming standby
// of the bench cluster (lib/db/streaming-replica.ts), a second production
// server with DATABASE_REPLICA_URL, and the dashboards and the city
// comparison through it beside floors taken on the standby itself. The
// standby's own transaction count says the reads really went there.
import path from "node:path";
import { dashboardDates } from "@/lib/dashboard/dates";
import { findFreePort } from "@/lib/db/embedded";
import { withDatabase, withPgClient } from "@/lib/db/provision";
import { startStreamingReplica } from "@/lib/db/streaming-replica";
import { compareFloor, dashboardFloor } from "../lib/floor";
import { startServer } from "../lib/http";
import type { ResultRow } from "../lib/report";
import { summarize } from "../lib/stats";
import type { BenchInputs } from "./benchmarks";
import type { Cleanups, Log } from "./lifecycle";
import type { RunOptions } from "./options";
import { checkPages } from "./pages";
import { latencyTarget, measurePage, type Results } from "./page-load";

/** The replica rows; the second server's RSS stays out of the first's dashboard peak. */
export async function measureReplica(inputs: BenchInputs, options: RunOptions, cleanups: Cleanups, log: Log): Promise<ResultRow[]> {
  const { db, targets } = inputs.prepared;
  if (!db.embedded) {
    log("副本：跳过（DATABASE_URL 指向外部数据库，本机没有它的数据目录可复制；请用 pg_basebackup 建备库）");
    return [];
  }
  const results: Results = { rows: [], rssPeakDashboard: 0 };
  const benchDir = path.resolve(process.env.EDUPLAN_BENCH_DATA_DIR ?? ".data-bench");
  const started = Date.now();
  const standby = await startStreamingReplica({
    primaryAdminUrl: withDatabase(db.ownerUrl, "postgres"),
    primaryDataDir: path.join(benchDir, "pg"),
    dataDir: path.join(benchDir, "standby"),
    port: await findFreePort(),
    log,
  });
  cleanups.push(() => standby.discard());
  log(`副本：备库就绪，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒`);
  const replicaAppUrl = standby.mirror(db.appUrl);

  log("副本 FLOOR：在备库上直接执行页面背后的 SQL…");
  const dates = dashboardDates();
  const tenantId = targets.district.id;
  const floors = {
    mine: summarize(await dashboardFloor(replicaAppUrl, { tenantId, mineUserId: targets.leader.id }, targets.leader.id, dates)),
    tenant: summarize(await dashboardFloor(replicaAppUrl, { tenantId, mineUserId: null }, targets.leader.id, dates)),
    compare: summarize(
      await compareFloor(replicaAppUrl, { cityId: targets.city.id, userId: targets.cityViewer.id, children: targets.children, definition: targets.definition }),
    ),
  };

  // The second server is the first's twin but for DATABASE_REPLICA_URL (its process inherits this env).
  process.env.DATABASE_REPLICA_URL = replicaAppUrl;
  const server = await startServer(db, db.secrets.authSecret, log, "server-replica.log").finally(() => delete process.env.DATABASE_REPLICA_URL);
  cleanups.push(() => server.stop());
  // Sessions live in the database: the first server's cookies sign in here too.
  const { sessions, pages } = inputs;
  // The same page checks as the first server's: right pages, and a warm route cache before the timed runs.
  await checkPages(server, sessions, pages, targets.children.length);
  const before = await standbyTransactions(standby.urlFor("postgres"));
  const page = (name: string, pagePath: string, cookie: string, floor: (typeof floors)["mine"], bound: number) =>
    measurePage(server, options, results, { name, path: pagePath, cookie, floor, target: latencyTarget(floor, bound) }, log);
  await page("dashboard / leader replica", pages.dashboard, sessions.leaderCookie, floors.mine, 150);
  await page("dashboard /?mine=0 replica", pages.dashboardTenant, sessions.leaderCookie, floors.tenant, 150);
  await page("city compare replica", pages.compare, sessions.viewerCookie, floors.compare, 300);
  const served = (await standbyTransactions(standby.urlFor("postgres"))) - before;
  const requests = results.rows.reduce((n, r) => n + (r.requests ?? 0), 0);
  log(`副本：${requests} 个请求，备库上 ${served} 个事务（页面的只读事务在备库上执行）`);
  for (const row of results.rows) row.notes = [row.notes, `standby transactions in the replica rows: ${served}`].filter(Boolean).join("; ");
  return results.rows;
}

/** Transactions run on the standby (its own statistics count its read-only transactions). */
async function standbyTransactions(url: string): Promise<number> {
  return withPgClient(url, async (c) => Number((await c.query<{ n: string }>("SELECT sum(xact_commit)::text AS n FROM pg_stat_database")).rows[0]!.n));
}
