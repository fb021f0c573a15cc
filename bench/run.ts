// `npm run bench [-- --tenants N] [--fresh] [--json] [--duration S] [--warmup S]`
//
// On a fresh clone with nothing else: the bench database (embedded PostgreSQL
// in .data-bench/, or DATABASE_URL), the synthetic province when absent
// (bench/seed), the production build when the sources changed, a production
// server of its own on a free loopback port; then each benchmark beside its
// FLOOR (the same SQL through bare `pg`) and the framework's CEILING (a route
// with no database). See bench/README.md for what each one means.
import os from "node:os";
import { parseArgs } from "node:util";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureProductionBuild } from "@/scripts/build";
import { dashboardDates } from "@/lib/dashboard/dates";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { compareFloor, dashboardFloor, taskListFloor } from "./lib/floor";
import { fetchText, signIn, startServer, type BenchServer } from "./lib/http";
import { measureGet, type LoadResult } from "./lib/load";
import { measureParse, PARSE_DOCUMENT } from "./lib/parse";
import { BENCH_PASSWORD, chooseReporters, chooseTargets, COMPARE_INDICATOR, openBenchDatabase, readScale } from "./lib/province";
import { table, type ResultRow } from "./lib/report";
import { RssSampler, treeRssMb } from "./lib/rss";
import { round, summarize } from "./lib/stats";
import { cleanUp, runSubmissions } from "./lib/submit";

const { values: args } = parseArgs({
  options: {
    tenants: { type: "string" },
    fresh: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    reporters: { type: "string", default: "50" },
    // Comma-separated subset, e.g. --only submit,dashboard (default: all).
    only: { type: "string" },
  },
});
const tenants = Number(args.tenants ?? 100);
const durationS = Number(args.duration);
const warmupS = Number(args.warmup);
const loadConnections = Number(args.connections);
const reporterCount = Number(args.reporters);
const BENCHMARKS = ["dashboard", "tasks", "submit", "compare", "parse"] as const;
const only = new Set(args.only?.split(",").map((s) => s.trim()) ?? BENCHMARKS);
for (const name of only)
  if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`unknown benchmark in --only: ${name} (${BENCHMARKS.join(", ")})`);
const REPORTER_POOL_FACTOR = 5;
const selected = (name: (typeof BENCHMARKS)[number]) => only.has(name);
for (const [name, v] of Object.entries({ tenants, durationS, warmupS, loadConnections, reporterCount })) {
  if (!Number.isFinite(v) || v < 0 || (name !== "warmupS" && v < 1)) throw new Error(`invalid --${name}: ${v}`);
}

// Progress goes to stderr, so `--json` leaves exactly one JSON object on stdout.
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const cleanups: (() => Promise<void>)[] = [];
let interrupted = false;
const onSignal = () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  log("中断：正在停止服务器和数据库…");
  void runCleanups().then(() => process.exit(130));
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

async function runCleanups() {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch((err: Error) => log(`清理失败：${err.message}`));
}

const ms = (v: number) => round(v, 2);

try {
  const output = await main();
  await runCleanups();
  if (args.json) process.stdout.write(JSON.stringify(output) + "\n");
  else {
    console.log(`\nEduPlan benchmarks — ${output.scale.districts} districts, ${output.scale.tasks} tasks, ${output.scale.report_slots} report slots`);
    console.log(`machine: ${output.machine.nproc} CPUs, ${output.machine.memory_gb} GB, node ${output.machine.node}\n`);
    console.log(table(output.results));
    console.log(`\nserver RSS: idle ${output.server.rss_idle_mb} MB, peak under dashboard load ${output.server.rss_peak_dashboard_mb} MB`);
    console.log(`submissions check: ${JSON.stringify(output.submissions)}`);
  }
} catch (err) {
  await runCleanups();
  log(`失败：${(err as Error).stack ?? String(err)}`);
  process.exit(1);
}

async function main() {
  const db = await openBenchDatabase({ tenants, explicit: args.tenants !== undefined, fresh: args.fresh, log });
  cleanups.push(() => db.stop());
  // Reports left by an interrupted run would shrink the open slots and skew the figures.
  const stale = await cleanUp(db.ownerUrl);
  if (stale) log(`已清除上次中断留下的 ${stale} 份基准测试报告`);

  const scale = await readScale(db.ownerUrl);
  const targets = await chooseTargets(db.ownerUrl);
  // Enough open slots that nobody runs out: generous for 1 000 submissions/s.
  // 50 seats, each filled by one reporter at a time; a reporter whose unit has no
  // open slot left hands the seat to the next (a province's units hold ~7–30 open slots each).
  const reporters = selected("submit") ? await chooseReporters(db.ownerUrl, reporterCount * REPORTER_POOL_FACTOR, 200) : [];
  log(
    `规模：${scale.districts} 个区县、${scale.tasks} 项任务、${scale.report_slots} 个填报任务；` +
      `测量：${targets.district.code}（${targets.district.tasks} 项任务）、${targets.city.code}（${targets.city.districts} 个区县）、${reporters.length} 名填报员`,
  );
  if (selected("submit") && reporters.length < reporterCount) log(`注意：只有 ${reporters.length} 名填报员有未填报的填报任务`);

  // FLOORS first, with nothing else running.
  log("FLOOR：直接执行页面背后的 SQL…");
  const dates = dashboardDates();
  const mineScope: DashboardScope = { tenantId: targets.district.id, mineUserId: targets.leader.id };
  const tenantScope: DashboardScope = { tenantId: targets.district.id, mineUserId: null };
  const floors = {
    dashboardMine: summarize(await dashboardFloor(db.appUrl, mineScope, targets.leader.id, dates)),
    dashboardTenant: summarize(await dashboardFloor(db.appUrl, tenantScope, targets.leader.id, dates)),
    tasksFirst: summarize(await taskListFloor(db.appUrl, { tenantId: targets.district.id, userId: targets.staff.id, ...targets.taskList, page: 1 })),
    tasksDeep: summarize(
      await taskListFloor(db.appUrl, { tenantId: targets.district.id, userId: targets.staff.id, ...targets.taskList, page: targets.taskList.deepPage }),
    ),
    compare: summarize(
      await compareFloor(db.appUrl, { cityId: targets.city.id, userId: targets.cityViewer.id, children: targets.children, definition: targets.definition }),
    ),
  };

  log(`解析：${PARSE_DOCUMENT}…`);
  const parse = await measureParse();

  await ensureProductionBuild(log, { output: args.json ? "stderr" : "stdout" });
  const server = await startServer(db, db.secrets.authSecret, log);
  cleanups.push(() => server.stop());

  log(`登录 ${3 + reporters.length} 个账号…`);
  const [leaderCookie, staffCookie, viewerCookie] = await Promise.all(
    [targets.leader.username, targets.staff.username, targets.cityViewer.username].map((u) => signIn(server.origin, u, BENCH_PASSWORD)),
  );
  const signedReporters: ((typeof reporters)[number] & { cookie: string })[] = [];
  for (let i = 0; i < reporters.length; i += 4) {
    const batch = reporters.slice(i, i + 4);
    const cookies = await Promise.all(batch.map((r) => signIn(server.origin, r.username, BENCH_PASSWORD)));
    batch.forEach((r, j) => signedReporters.push({ ...r, cookie: cookies[j]! }));
  }

  const { planId, status, deepPage } = targets.taskList;
  const pages = {
    dashboard: "/",
    dashboardTenant: "/?mine=0",
    tasksFirst: `/tasks?plan=${planId}&status=${status}&page=1`,
    tasksDeep: `/tasks?plan=${planId}&status=${status}&page=${deepPage}`,
    compare: `/api/v1/compare?indicator=${COMPARE_INDICATOR}`,
  };
  await checkPages(server, { leaderCookie: leaderCookie!, staffCookie: staffCookie!, viewerCookie: viewerCookie! }, pages, targets.children.length);

  const rssIdle = treeRssMb(server.pid);
  const rows: ResultRow[] = [];
  let rssPeakDashboard = 0;
  const http = async (
    name: string,
    pathName: string,
    cookie: string | undefined,
    floor: ReturnType<typeof summarize> | null,
    target?: (r: LoadResult, connections: number) => { text: string; met: boolean } | null,
    connectionCounts: number[] = [1, loadConnections],
  ) => {
    for (const connections of connectionCounts) {
      await settle(server);
      const sampler = new RssSampler(server.pid);
      sampler.start();
      const result = await measureGet({ origin: server.origin, path: pathName, cookie, connections, durationS, warmupS });
      const rss = sampler.stop();
      if (name.startsWith("dashboard")) rssPeakDashboard = Math.max(rssPeakDashboard, rss);
      const judged = target?.(result, connections) ?? null;
      rows.push({
        name: `${name} c=${connections}`,
        connections,
        p50_ms: ms(result.latency.p50),
        p95_ms: ms(result.latency.p95),
        p99_ms: ms(result.latency.p99),
        rps: round(result.rps, 1),
        errors: result.errors,
        requests: result.requests,
        floor_p50_ms: floor ? ms(floor.p50) : null,
        floor_p95_ms: floor ? ms(floor.p95) : null,
        ratio_to_floor: floor ? round(result.latency.p50 / floor.p50, 1) : null,
        rss_peak_mb: round(rss, 0),
        target: judged?.text ?? null,
        target_met: judged?.met ?? null,
        notes: result.errors ? `statuses ${JSON.stringify(result.statuses)}` : null,
      });
      log(
        `${name} c=${connections}: p50 ${result.latency.p50.toFixed(1)} ms, p95 ${result.latency.p95.toFixed(1)} ms, ${result.rps.toFixed(1)} req/s, ${result.errors} errors`,
      );
    }
  };
  // p95 within 3× the floor's p95 and under an absolute bound, judged at one connection (latency, not queueing).
  const latencyTarget = (floor: ReturnType<typeof summarize>, bound: number) => (r: LoadResult, connections: number) =>
    connections === 1 ? { text: `p95 ≤ 3× floor and < ${bound} ms`, met: r.errors === 0 && r.latency.p95 <= 3 * floor.p95 && r.latency.p95 < bound } : null;

  await http("health (ceiling)", "/api/v1/health", undefined, null);
  if (selected("dashboard")) {
    await http("dashboard / leader", pages.dashboard, leaderCookie, floors.dashboardMine, latencyTarget(floors.dashboardMine, 150));
    await http("dashboard /?mine=0", pages.dashboardTenant, leaderCookie, floors.dashboardTenant, latencyTarget(floors.dashboardTenant, 150));
  }
  if (selected("tasks")) {
    await http("tasks page 1", pages.tasksFirst, staffCookie, floors.tasksFirst);
    await http(`tasks page ${deepPage}`, pages.tasksDeep, staffCookie, floors.tasksDeep);
  }

  let submissions: Record<string, unknown> | null = null;
  if (selected("submit")) {
    const seats = Math.min(reporterCount, signedReporters.length);
    log(`${seats} 名填报员同时提交 ${durationS} 秒（共 ${signedReporters.length} 名轮替）…`);
    await settle(server);
    const sampler = new RssSampler(server.pid);
    sampler.start();
    const submit = await runSubmissions({ origin: server.origin, ownerUrl: db.ownerUrl, reporters: signedReporters, seats, durationS });
    const submitRss = sampler.stop();
    const submitClean = submit.errors === 0 && submit.check.missing === 0 && submit.check.duplicates === 0 && submit.check.mismatched === 0;
    rows.push({
      name: `submit report, ${submit.reporters} reporters`,
      connections: submit.reporters,
      p50_ms: ms(submit.latency.p50),
      p95_ms: ms(submit.latency.p95),
      p99_ms: ms(submit.latency.p99),
      rps: round(submit.rps, 1),
      errors: submit.errors,
      requests: submit.latency.count,
      floor_p50_ms: null,
      floor_p95_ms: null,
      ratio_to_floor: null,
      rss_peak_mb: round(submitRss, 0),
      target: "≥ 200/s, 0 errors, 0 duplicates, 0 lost",
      target_met: submit.rps >= 200 && submitClean,
      notes: `acknowledged ${submit.acknowledged}, in DB ${submit.check.inDatabase}, missing ${submit.check.missing}, duplicates ${submit.check.duplicates}, mismatched ${submit.check.mismatched}, unacknowledged (cut off at stop) ${submit.check.unacknowledged}, reporters taking part ${submit.reportersUsed}, seats left without slots ${submit.exhausted}`,
    });
    log(`提交：${submit.rps.toFixed(1)} 份/秒，${rows.at(-1)!.notes}`);
    submissions = { acknowledged: submit.acknowledged, ...submit.check, statuses: submit.statuses };
  }

  if (selected("compare")) await http("city compare", pages.compare, viewerCookie, floors.compare, latencyTarget(floors.compare, 300));

  if (selected("parse"))
    rows.push({
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
    });

  const output = {
    scale: {
      ...scale,
      measured: targets.district.code,
      measured_tasks: targets.district.tasks,
      city: targets.city.code,
      city_districts: targets.city.districts,
    },
    machine: { nproc: os.availableParallelism(), memory_gb: round(os.totalmem() / 2 ** 30, 1), node: process.version, cpu: os.cpus()[0]?.model ?? "" },
    settings: {
      duration_s: durationS,
      warmup_s: warmupS,
      connections: loadConnections,
      reporters: Math.min(reporterCount, signedReporters.length),
      reporter_pool: signedReporters.length,
    },
    server: { rss_idle_mb: round(rssIdle, 0), rss_peak_dashboard_mb: round(rssPeakDashboard, 0), rss_target_met: rssPeakDashboard <= 512 },
    targets: {
      task_list: { plan: targets.taskList.planTitle, status, matching: targets.taskList.matching, deep_page: deepPage },
      leader: targets.leader.username,
      leader_tasks: targets.leader.ledTasks,
    },
    submissions,
    results: rows,
  };
  await mkdir(path.resolve(".tmp/bench"), { recursive: true });
  await writeFile(path.resolve(".tmp/bench/latest.json"), JSON.stringify(output, null, 2));
  return output;
}

/** A pause between runs, so one run's stragglers do not land in the next. */
async function settle(server: BenchServer) {
  await new Promise((r) => setTimeout(r, 1000));
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${server.origin}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Each page is what it should be (not a sign-in redirect or an error) before it is loaded. */
async function checkPages(
  server: BenchServer,
  c: { leaderCookie: string; staffCookie: string; viewerCookie: string },
  pages: Record<"dashboard" | "dashboardTenant" | "tasksFirst" | "tasksDeep" | "compare", string>,
  districts: number,
) {
  const expectPage = async (pathName: string, cookie: string, marker: string) => {
    const { status, text } = await fetchText(server.origin, pathName, cookie);
    if (status !== 200 || !text.includes(marker)) throw new Error(`${pathName}: HTTP ${status}, "${marker}" ${text.includes(marker) ? "found" : "missing"}`);
  };
  await expectPage(pages.dashboard, c.leaderCookie, "bureau-dashboard");
  await expectPage(pages.dashboardTenant, c.leaderCookie, "bureau-dashboard");
  await expectPage(pages.tasksFirst, c.staffCookie, 'data-testid="task-list"');
  await expectPage(pages.tasksDeep, c.staffCookie, 'data-testid="task-list"');
  const compare = await fetchText(server.origin, pages.compare, c.viewerCookie);
  const body = JSON.parse(compare.text) as { districts?: unknown[] };
  if (compare.status !== 200 || body.districts?.length !== districts) throw new Error(`compare: HTTP ${compare.status}, ${body.districts?.length} districts`);
}
