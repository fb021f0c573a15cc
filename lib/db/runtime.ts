// Resolves which PostgreSQL EduPlan runs on and brings it to a usable state:
// the embedded server under .data/ unless DATABASE_URL names another, then
// migrations (as the owner) and the app role (what the web server uses).
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { embeddedServerUrl, runningServerPort, startEmbeddedPostgres } from "./embedded";
import { installJobQueue } from "@/lib/jobs/queue";
import { applyMigrations } from "./migrations";
import { APP_ROLE, ensureAppRole, ensureDatabase, withCredentials } from "./provision";

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  appliedMigrations: string[];
  stop(): Promise<void>;
}

interface LocalSecrets {
  postgresPassword: string;
  appRolePassword: string;
  authSecret: string;
}

/** Secrets generated on first start and kept beside the data, never in git. */
export async function loadLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  const existing = await readFile(file, "utf8")
    .then((text) => JSON.parse(text) as LocalSecrets)
    .catch(() => null);
  if (existing) return existing;
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(18).toString("base64url"),
    appRolePassword: randomBytes(18).toString("base64url"),
    authSecret: randomBytes(32).toString("base64url"),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export async function prepareDatabase(options: {
  dataDir: string;
  databaseUrl?: string;
  appDatabaseUrl?: string;
  embeddedPort: number;
  databaseName?: string;
  /** A command beside `npm start`: join the server already running on dataDir instead of refusing its port. */
  reuseRunningServer?: boolean;
  log: (line: string) => void;
}): Promise<PreparedDatabase & { secrets: LocalSecrets }> {
  const secrets = await loadLocalSecrets(options.dataDir);
  let ownerUrl: string;
  let stop = async () => {};
  let runningPort: number | null = null;
  const embedded = !options.databaseUrl;
  if (options.databaseUrl) {
    ownerUrl = options.databaseUrl;
    options.log(`使用 DATABASE_URL 指定的 PostgreSQL（${new URL(ownerUrl).host}）`);
  } else if (options.reuseRunningServer && (runningPort = await runningServerPort(path.join(options.dataDir, "pg")))) {
    ownerUrl = embeddedServerUrl(runningPort, secrets.postgresPassword, options.databaseName ?? "eduplan");
    options.log(`连接正在运行的嵌入式 PostgreSQL（127.0.0.1:${runningPort}）`);
  } else {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(options.dataDir, "pg"),
      port: options.embeddedPort,
      password: secrets.postgresPassword,
      log: options.log,
    });
    const name = options.databaseName ?? "eduplan";
    await ensureDatabase(server.adminUrl, name);
    ownerUrl = server.urlFor(name);
    stop = server.stop;
    options.log(`嵌入式 PostgreSQL 已启动（127.0.0.1:${options.embeddedPort}）`);
  }
  try {
    const appliedMigrations = await applyMigrations(ownerUrl);
    options.log(appliedMigrations.length ? `已应用数据库迁移：${appliedMigrations.join(", ")}` : "数据库结构已是最新");
    let appUrl = options.appDatabaseUrl;
    if (!appUrl) {
      await ensureAppRole(ownerUrl, secrets.appRolePassword);
      appUrl = withCredentials(ownerUrl, APP_ROLE, secrets.appRolePassword);
    }
    await installJobQueue(ownerUrl, decodeURIComponent(new URL(appUrl).username));
    return { ownerUrl, appUrl, embedded, appliedMigrations, stop, secrets };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * The database described by the environment (README: DATABASE_URL,
 * APP_DATABASE_URL, EDUPLAN_DATA_DIR, EDUPLAN_PG_PORT). Commands pass
 * `reuseRunningServer` (lib/cli/command-database.ts); `npm start` does not, so
 * a second start on the same directory still says the port is taken.
 */
export function prepareDatabaseFromEnv(log: (line: string) => void, options: { reuseRunningServer?: boolean } = {}) {
  return prepareDatabase({
    ...options,
    dataDir: path.resolve(process.env.EDUPLAN_DATA_DIR ?? ".data"),
    databaseUrl: process.env.DATABASE_URL || undefined,
    appDatabaseUrl: process.env.APP_DATABASE_URL || undefined,
    embeddedPort: Number(process.env.EDUPLAN_PG_PORT ?? 54329),
    log,
  });
}
