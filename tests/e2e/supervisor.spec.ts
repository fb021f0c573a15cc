// `npm start` as an operator runs it, on a database of its own: a web process
// that dies is restarted while the database keeps running (users see a
// Chinese 503 meanwhile), and Ctrl-C stops everything without hanging.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { findFreePort } from "@/lib/db/embedded";

test.setTimeout(240_000);

/** Running, and not a zombie left for a parent that has not reaped it yet. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = safeStat(pid);
  return !/^\d+ \(.*\) Z/.test(stat);
};

function safeStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return "";
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const status = (url: string) =>
  fetch(url).then(
    (r) => r.status,
    () => 0,
  );

test("a crashed web process is restarted while the database keeps its data, and Ctrl-C stops both", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "eduplan-supervisor-"));
  const port = await findFreePort();
  const pgPort = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = "";
  // Its own process group, so Ctrl-C can be sent to the whole group as a terminal does.
  // One node process with tsx's loader (what `npm start` ends in), so the signals are the ones a terminal sends.
  const start: ChildProcess = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    detached: true,
    env: { ...process.env, PORT: String(port), EDUPLAN_DATA_DIR: dataDir, EDUPLAN_PG_PORT: String(pgPort), EDUPLAN_JOBS: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  start.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  start.stderr!.on("data", (c: Buffer) => (output += c.toString()));

  try {
    const firstPid = await until("the first web process", () => Number(/网站进程已就绪（pid (\d+)）/.exec(output)?.[1]) || undefined, 180_000);
    // Ready once its own checks pass: with a second browser worker on the two cores that can trail the log line.
    await until("the first web process ready", async () => ((await status(`${origin}/api/v1/ready`)) === 200 ? true : undefined), 30_000);
    const postgresPid = Number((await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
    const { postgresPassword } = JSON.parse(await readFile(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string };
    const counts = async () => {
      const client = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${pgPort}/eduplan` });
      await client.connect();
      try {
        return (await client.query("SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM reports)::int AS reports")).rows[0];
      } finally {
        await client.end();
      }
    };
    const before = await counts();
    expect(before.plans).toBe(5);

    process.kill(firstPid, "SIGKILL");
    const during = await until(
      "the gateway's answer while restarting",
      async () => {
        const res = await fetch(`${origin}/api/v1/plans`);
        return res.status === 503 ? { status: res.status, body: await res.json() } : undefined;
      },
      5_000,
    );
    expect(during.body).toEqual({ error: "服务正在重新启动，请稍后再试" });

    await until("the restarted web process", async () => ((await status(`${origin}/api/v1/ready`)) === 200 ? true : undefined), 60_000);
    expect(output).toMatch(/网站进程意外退出（被信号 SIGKILL 终止），1 秒后重启；数据库保持运行/);
    const secondPid = Number([...output.matchAll(/网站进程已就绪（pid (\d+)）/g)].at(-1)![1]);
    expect(secondPid).not.toBe(firstPid);
    // The same database server ran throughout, and its data is all there.
    expect(alive(postgresPid)).toBe(true);
    expect(await counts()).toEqual(before);
    await until("the sign-in page", async () => ((await status(`${origin}/login`)) === 200 ? true : undefined), 30_000);

    // Ctrl-C reaches every process of the group at once (npx, tsx, the web process, PostgreSQL), as in a terminal.
    process.kill(-start.pid!, "SIGINT");
    await until("a clean stop", () => (!alive(postgresPid) && !alive(secondPid) ? true : undefined), 20_000).catch((err: Error) => {
      throw new Error(`${err.message} (postgres alive: ${alive(postgresPid)}, web alive: ${alive(secondPid)}); output ends:\n${output.slice(-1500)}`);
    });
  } finally {
    // Only if the group is still there (a process killed by a signal has no exit code, only a signal code).
    if (start.exitCode === null && start.signalCode === null && alive(start.pid!)) process.kill(-start.pid!, "SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
});
