// The pgbouncer rows (decision 0041): a real PgBouncer in transaction mode in
// front of the bench database, a second `next start` whose app URL goes
// through it (its LISTEN on DATABASE_DIRECT_URL, straight to PostgreSQL),
// and the dashboard, the first task page and 50 reporters submitting through
// it, each beside a floor taken through the same PgBouncer. The sessions of
// the first server serve here too: sessions live in the database.
import path from "node:path";
import { findFreePort } from "@/lib/db/embedded";
import { startPgBouncer } from "@/lib/db/pgbouncer";
import { poolSize } from "@/lib/db/pool-size";
import { PGBOUNCER, ensureDebianBinary } from "@/lib/ops/debian-binary";
import { startServer, type BenchServer } from "../lib/http";
import { measureFloors, type Floors } from "./floors";
import type { Cleanups, Log } from "./lifecycle";
import type { RunOptions } from "./options";
import { latencyTarget, measurePage, type Results } from "./page-load";
import { checkPages, type Pages } from "./pages";
import type { Prepared } from "./prepare";
import type { Sessions } from "./sign-in";
import { measureSubmit } from "./submit-load";

const SUFFIX = " pgbouncer";

async function startBouncer({ db }: Prepared, cleanups: Cleanups, log: Log): Promise<string> {
  const upstream = new URL(db.ownerUrl);
  const app = new URL(db.appUrl);
  const [user, password, database] = [decodeURIComponent(app.username), decodeURIComponent(app.password), upstream.pathname.slice(1)];
  const bouncer = await startPgBouncer({
    upstreamHost: upstream.hostname,
    upstreamPort: Number(upstream.port || 5432),
    databases: [database],
    users: [{ name: user, password }],
    port: await findFreePort(),
    dir: path.resolve(".tmp/bench/pgbouncer"),
    // The app's own pool size (decision 0060), so the rows show what the pooler adds, not fewer connections.
    poolSize: poolSize(),
    log,
  });
  cleanups.push(() => bouncer.stop());
  return bouncer.url(user, password, database);
}

export async function measurePgBouncer(
  inputs: { prepared: Prepared; sessions: Sessions; pages: Pages },
  options: RunOptions,
  cleanups: Cleanups,
  log: Log,
): Promise<Results["rows"]> {
  const { prepared, sessions, pages } = inputs;
  if (!ensureDebianBinary(PGBOUNCER, log)) {
    log(`跳过 pgbouncer：未找到 ${PGBOUNCER.path}，且无法通过 apt-get 安装`);
    return [];
  }
  const pooledUrl = await startBouncer(prepared, cleanups, log);
  log(`PgBouncer（事务模式，每库 ${poolSize()} 个服务端连接）已启动；FLOOR 经由 PgBouncer…`);
  // DATABASE_DIRECT_URL says the app URL is pooled: the floors and the web process (which inherits it at spawn)
  // send no named statements, and the web process's LISTEN bypasses the pooler.
  process.env.DATABASE_DIRECT_URL = prepared.db.appUrl;
  let floors: Floors;
  let server: BenchServer;
  try {
    floors = await measureFloors({ ...prepared, db: { ...prepared.db, appUrl: pooledUrl } }, log);
    server = await startServer({ ...prepared.db, appUrl: pooledUrl }, prepared.db.secrets.authSecret, log, "server-pgbouncer.log");
  } finally {
    delete process.env.DATABASE_DIRECT_URL;
  }
  cleanups.push(() => server.stop());
  // As the direct server: every page answers as it should (and is warm) before any load.
  await checkPages(server, sessions, pages, prepared.targets.children.length);

  // All three whenever pgbouncer is asked for (`--only pgbouncer` alone measures them too).
  const results: Results = { rows: [], rssPeakDashboard: 0 };
  const dashboard = { name: `dashboard / leader${SUFFIX}`, path: pages.dashboard, cookie: sessions.leaderCookie, floor: floors.dashboardMine };
  await measurePage(server, options, results, { ...dashboard, target: latencyTarget(floors.dashboardMine, 150) }, log);
  await measurePage(
    server,
    options,
    results,
    { name: `tasks page 1${SUFFIX}`, path: pages.tasksFirst, cookie: sessions.staffCookie, floor: floors.tasksFirst },
    log,
  );
  if (sessions.reporters.length > 0) {
    const before = results.rows.length;
    const floorTarget = { appUrl: pooledUrl, named: false, authSecret: prepared.db.secrets.authSecret };
    await measureSubmit(server, prepared.db.ownerUrl, sessions.reporters, floorTarget, options, results, log);
    for (const row of results.rows.slice(before)) row.name = row.name.replace("submit report", `submit report${SUFFIX}`);
  }
  await server.stop();
  return results.rows;
}
