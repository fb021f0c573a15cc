// `npm start`: database (embedded unless DATABASE_URL), migrations, app role,
// demo data (embedded or EDUPLAN_DEMO=1), production build when needed, then
// `next start` on PORT. Ctrl-C stops the web server and the database cleanly.
// `npm run dev` does the same with the Next dev server.
import { spawn } from "node:child_process";
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { ensureProductionBuild, NEXT_BIN } from "./build";

const log = (line: string) => console.log(`[eduplan] ${line}`);
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

const db = await prepareDatabaseFromEnv(log).catch((err: Error) => {
  console.error(`[eduplan] 数据库准备失败：${err.message}`);
  process.exit(1);
});

const demo = db.embedded || process.env.EDUPLAN_DEMO === "1" || process.argv.includes("--demo");
if (demo) {
  const owner = createPrismaClient(db.ownerUrl, 2);
  await seedDemo(owner, log).finally(() => owner.$disconnect());
} else {
  log("未载入演示账号（外部数据库）。需要时设置 EDUPLAN_DEMO=1 重新运行。");
}

if (!dev) await ensureProductionBuild(log);

const { DATABASE_URL: _ownerUrl, ...inheritedEnv } = process.env;
const child = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "-p", String(port)], {
  stdio: ["ignore", "pipe", "inherit"],
  env: {
    ...inheritedEnv,
    APP_DATABASE_URL: db.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? db.secrets.authSecret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

let announced = false;
child.stdout?.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /Ready in|ready started|Local:/i.test(chunk.toString())) {
    announced = true;
    printBanner();
  }
});

function printBanner() {
  const lines = [``, `EduPlan 教育规划督办平台已启动：http://localhost:${port}`];
  if (demo) {
    lines.push(`演示账号（仅供演示，密码均为 ${DEMO_PASSWORD}）：`);
    for (const u of DEMO_USERS) lines.push(`  ${u.username.padEnd(20)} ${u.displayName}`);
  }
  lines.push(`按 Ctrl-C 停止。`, ``);
  console.log(lines.join("\n"));
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("正在停止…");
  child.kill("SIGTERM");
  await db.stop();
  log("已停止。");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
child.on("exit", (code) => void shutdown(code ?? 0));
