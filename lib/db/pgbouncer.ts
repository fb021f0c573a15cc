// A real PgBouncer in transaction mode in front of a PostgreSQL, for the
// pooler test and the benchmark (decision 0041): an ini and an auth file
// written into `dir`, Debian's pgbouncer run in the foreground, ready once a
// first client gets an answer through it. Production runs its own PgBouncer;
// README shows the settings this one proves.
import { spawn, spawnSync } from "node:child_process";
import { chmod, chown, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PGBOUNCER, ensureDebianBinary } from "@/lib/ops/debian-binary";
import { stopChild } from "@/lib/ops/stop-child";

export interface PgBouncerOptions {
  upstreamHost: string;
  upstreamPort: number;
  /** The databases it pools, each under its own name. */
  databases: string[];
  /** Who may log in (the app role); the same passwords log PgBouncer into PostgreSQL. */
  users: { name: string; password: string }[];
  port: number;
  dir: string;
  /** Server connections per user and database: small in tests, so clients really alternate on them. */
  poolSize: number;
  maxClientConn?: number;
  log?: (line: string) => void;
}

export interface PgBouncer {
  url(user: string, password: string, database: string): string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 15_000;
const STOP_DEADLINE_MS = 5_000;
const NAME = /^[A-Za-z0-9_]+$/;

/** The ini: transaction pooling, TCP on loopback only, no Unix socket (several may run at once). */
function iniText(options: PgBouncerOptions, authFile: string, runAs: string | null): string {
  const databases = options.databases.map((db) => `${db} = host=${options.upstreamHost} port=${options.upstreamPort} dbname=${db}`);
  return [
    "[databases]",
    ...databases,
    "",
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${options.port}`,
    "unix_socket_dir =",
    // The auth file holds plain passwords: SCRAM to the client and to PostgreSQL alike.
    "auth_type = scram-sha-256",
    `auth_file = ${authFile}`,
    "pool_mode = transaction",
    `default_pool_size = ${options.poolSize}`,
    `max_client_conn = ${options.maxClientConn ?? 200}`,
    // No ignore_startup_parameters on purpose: the app sends none PgBouncer refuses
    // (timeouts are set in the scope statement), and this proves it. server_reset_query
    // is not run in transaction mode (server_reset_query_always = 0): the scope is
    // transaction-local and needs no reset.
    "log_connections = 0",
    "log_disconnections = 0",
    ...(runAs ? [`user = ${runAs}`] : []),
    "",
  ].join("\n");
}

const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** PgBouncer refuses to run as root: as root it switches to `postgres` (ini `user`), which must read its files. */
async function handOver(dir: string, files: string[]): Promise<string | null> {
  if (process.getuid?.() !== 0) return null;
  const ids = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const [uid, gid] = [ids("-u"), ids("-g")];
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error("PgBouncer 不能以 root 运行，且找不到 postgres 用户");
  await chmod(dir, 0o755);
  for (const file of [dir, ...files]) await chown(file, uid, gid);
  return "postgres";
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const binary = ensureDebianBinary(PGBOUNCER, options.log);
  if (!binary) throw new Error("未找到 pgbouncer，且无法通过 apt-get 安装");
  for (const name of [...options.databases, ...options.users.map((u) => u.name)]) {
    if (!NAME.test(name)) throw new Error(`PgBouncer 配置不支持的名称：${name}`);
  }
  await mkdir(options.dir, { recursive: true });
  const authFile = path.join(options.dir, "userlist.txt");
  const iniFile = path.join(options.dir, "pgbouncer.ini");
  await writeFile(authFile, options.users.map((u) => `${quoted(u.name)} ${quoted(u.password)}`).join("\n") + "\n", { mode: 0o600 });
  await writeFile(iniFile, "", { mode: 0o600 });
  const runAs = await handOver(options.dir, [authFile, iniFile]);
  await writeFile(iniFile, iniText(options, authFile, runAs));

  const child = spawn(binary, [iniFile], { stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-2_000);
    for (const line of chunk.toString().split("\n")) if (line.trim()) options.log?.(`[pgbouncer] ${line}`);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);

  const url = (user: string, password: string, database: string) =>
    `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  // SIGTERM is PgBouncer's immediate shutdown; its clients are done by now.
  const stop = () => stopChild(child, { first: "SIGTERM", escalate: "SIGKILL", deadlineMs: STOP_DEADLINE_MS });

  const probe = url(options.users[0]!.name, options.users[0]!.password, options.databases[0]!);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(probe))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`PgBouncer 未能启动：${tail.trim().split("\n").slice(-3).join(" / ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}
