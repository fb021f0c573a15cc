// `npm start`: database (embedded unless DATABASE_URL), migrations, app role,
// demo data (embedded or EDUPLAN_DEMO=1), production build when needed, then
// `next start` on PORT. Ctrl-C stops the web server and the database cleanly.
// `npm run dev` does the same with the Next dev server.
import { createPrismaClient } from "@/lib/db/client";
import { poolSize } from "@/lib/db/pool-size";
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";
import { seedIndicatorCatalogue } from "@/lib/indicators/seed-catalogue";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { ensureProductionBuild } from "./build";
import { readPinnedNode, runtimeNotice } from "./runtime";
import { runWebServer } from "./web-server";

const startedAt = Date.now();
const log = (line: string) => console.log(`[eduplan] ${line}`);
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

// A bad DATABASE_POOL_MAX stops the start here, not the web server's first request.
try {
  poolSize();
} catch (err) {
  console.error(`[eduplan] ${(err as Error).message}`);
  process.exit(1);
}

// The build (CPU) and the database with its demo data (I/O) overlap: on a
// fresh clone that is most of the first start's wait.
const build = dev ? Promise.resolve() : ensureProductionBuild(log);
build.catch(() => {});

const db = await prepareDatabaseFromEnv(log).catch((err: Error) => {
  console.error(`[eduplan] 数据库准备失败：${err.message}`);
  process.exit(1);
});

const demo = db.embedded || process.env.EDUPLAN_DEMO === "1" || process.argv.includes("--demo");
const owner = createPrismaClient(db.ownerUrl, 2);
try {
  // Reference data every installation needs, demo or not.
  await seedIndicatorCatalogue(owner);
  if (demo) await seedDemo(owner, log, { activity: true });
  else log("未载入演示账号（外部数据库）。需要时设置 EDUPLAN_DEMO=1 重新运行。");
} finally {
  await owner.$disconnect();
}

await build.catch(async (err: Error) => {
  console.error(`[eduplan] ${err.message}`);
  await db.stop();
  process.exit(1);
});

runWebServer({ db, port, dev, authSecret: db.secrets.authSecret, log, onReady: printBanner });

function printBanner() {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const lines = [``, `EduPlan 教育规划督办平台已启动：http://localhost:${port}（用时 ${seconds} 秒）`];
  if (demo) {
    lines.push(`演示账号（仅供演示，密码均为 ${DEMO_PASSWORD}）：`);
    for (const u of DEMO_USERS) lines.push(`  ${u.username.padEnd(20)} ${u.displayName}`);
  }
  lines.push(runtimeNotice(process.version, readPinnedNode()), `按 Ctrl-C 停止。`, ``);
  console.log(lines.join("\n"));
}
