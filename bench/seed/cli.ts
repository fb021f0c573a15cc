// `npm run bench:seed -- --tenants N [--city-size K] [--fresh] [--seed S] [--today YYYY-MM-DD]`:
// the synthetic benchmark province in its OWN database, never the app's: the
// embedded PostgreSQL under .data-bench/ (EDUPLAN_BENCH_DATA_DIR; port
// EDUPLAN_BENCH_PG_PORT, default 54339; database eduplan_bench) unless
// DATABASE_URL names another. --fresh starts from an empty database (the
// embedded data directory is deleted; an external database is dropped and
// recreated, but only if its name contains "bench"). Migrations
// and the app role are applied as for `npm start`; then the province is
// generated (bench/seed/generate-province.ts) and the database stopped.
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { isPortFree } from "@/lib/db/embedded";
import { databaseName, dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/provision";
import { prepareDatabase } from "@/lib/db/runtime";
import { BENCH_PASSWORD, BENCH_SEED, BENCH_TODAY, generateProvince } from "./generate-province";

const log = (line: string) => console.log(`[bench] ${line}`);
const fail = (message: string): never => {
  console.error(`[bench] ${message}`);
  process.exit(1);
};

const { values } = parseArgs({
  options: {
    tenants: { type: "string" },
    "city-size": { type: "string" },
    fresh: { type: "boolean", default: false },
    seed: { type: "string" },
    today: { type: "string" },
  },
  strict: true,
});
const tenants = Number(values.tenants);
if (!values.tenants || !Number.isInteger(tenants) || tenants < 1)
  fail("用法：npm run bench:seed -- --tenants N [--city-size K] [--fresh] [--seed S] [--today YYYY-MM-DD]");
const citySize = values["city-size"] === undefined ? undefined : Number(values["city-size"]);
if (citySize !== undefined && (!Number.isInteger(citySize) || citySize < 1)) fail(`--city-size 应为正整数：${values["city-size"]}`);
const seed = values.seed === undefined ? BENCH_SEED : Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed 应为整数：${values.seed}`);
const todayText = values.today ?? BENCH_TODAY;
if (!/^\d{4}-\d{2}-\d{2}$/.test(todayText)) fail(`--today 应为 YYYY-MM-DD：${todayText}`);

/** A live postmaster owns the data directory (its pid file names a running process). */
function serverRunningIn(dataDir: string): boolean {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
  } catch {
    return false;
  }
  if (!Number.isFinite(pid)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const DATA_DIR = path.resolve(process.env.EDUPLAN_BENCH_DATA_DIR ?? ".data-bench");
const DATABASE = "eduplan_bench";
const port = Number(process.env.EDUPLAN_BENCH_PG_PORT ?? 54339);
const externalUrl = process.env.DATABASE_URL || undefined;

if (values.fresh) {
  if (externalUrl) {
    // Never drop someone's real database by accident: only one named for benchmarks.
    const name = databaseName(externalUrl);
    if (!/bench/i.test(name)) fail(`--fresh 只会删除名称含 "bench" 的数据库，DATABASE_URL 指向的是 ${name}`);
    log(`删除并重建数据库 ${name}`);
    const maintenance = withDatabase(externalUrl, "postgres");
    await dropDatabase(maintenance, name);
    await ensureDatabase(maintenance, name);
  } else {
    if (!(await isPortFree(port))) fail(`端口 ${port} 已被占用：可能有基准数据库正在运行，或请设置 EDUPLAN_BENCH_PG_PORT 换一个端口。`);
    if (serverRunningIn(path.join(DATA_DIR, "pg"))) fail(`${DATA_DIR} 的数据库正在运行（另一个端口？），请先停止它。`);
    log(`删除嵌入式基准数据库 ${path.join(DATA_DIR, "pg")}`);
    await rm(path.join(DATA_DIR, "pg"), { recursive: true, force: true });
  }
}

const started = Date.now();
const db = await prepareDatabase({
  dataDir: DATA_DIR,
  databaseUrl: externalUrl,
  appDatabaseUrl: process.env.APP_DATABASE_URL || undefined,
  embeddedPort: port,
  databaseName: DATABASE,
  log,
}).catch((err: Error) => fail(`数据库准备失败：${err.message}`));

let exitCode = 0;
try {
  const summary = await generateProvince({ ownerUrl: db.ownerUrl, tenants, districtsPerCity: citySize, seed, today: new Date(`${todayText}T04:00:00Z`), log });
  log(
    `完成：${summary.cities} 个市、${summary.districts} 个区县（本次生成 ${summary.generated.length}，已存在 ${summary.skipped.length}），种子 ${summary.seed}，“今天” ${summary.today}`,
  );
  for (const [table, count] of Object.entries(summary.rows)) if (count) log(`  ${table.padEnd(20)} ${count.toLocaleString("en-US").padStart(12)}`);
  log(
    `  ${"合计".padEnd(18)} ${summary.totalRows.toLocaleString("en-US").padStart(12)} 行，生成与写入 ${summary.seconds.toFixed(1)} 秒，总用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
  );
  log(`数据库：${db.embedded ? `嵌入式 127.0.0.1:${port}/${DATABASE}（数据目录 ${DATA_DIR}）` : new URL(db.ownerUrl).host + "/" + databaseName(db.ownerUrl)}`);
  log(`账号：district-001.admin / .staff / .leader / .reporter01…、city-001.viewer，密码均为 ${BENCH_PASSWORD}`);
} catch (err) {
  console.error(`[bench] 生成失败：${(err as Error).stack ?? String(err)}`);
  exitCode = 1;
} finally {
  await db.stop();
}
process.exit(exitCode);
