// Which database `npm run backup` reads: DATABASE_URL when set; otherwise the
// embedded one under EDUPLAN_DATA_DIR, reached on the port of the server that
// `npm start` is running (read from its postmaster.pid), or started just for
// the backup when nothing runs. Nothing here migrates or changes the data.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { findFreePort, runningServerPort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { UserFacingError } from "@/lib/errors";
import { EMBEDDED_DATABASE, embeddedUrl } from "./embedded-target";
import { BACKUP_MESSAGES } from "./messages";

export interface BackupSource {
  ownerUrl: string;
  description: string;
  stop(): Promise<void>;
}

export async function openBackupSource(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<BackupSource> {
  if (env.DATABASE_URL) return { ownerUrl: env.DATABASE_URL, description: new URL(env.DATABASE_URL).host, stop: async () => {} };
  const dataDir = path.resolve(env.EDUPLAN_DATA_DIR ?? ".data");
  const pgDir = path.join(dataDir, "pg");
  if (!(await readFile(path.join(pgDir, "PG_VERSION"), "utf8").catch(() => null))) throw new UserFacingError(BACKUP_MESSAGES.noEmbeddedDatabase(dataDir));
  const secretsFile = path.join(dataDir, "secrets.json");
  const secrets = await readFile(secretsFile, "utf8")
    .then((text) => JSON.parse(text) as { postgresPassword: string })
    .catch(() => null);
  if (!secrets) throw new UserFacingError(BACKUP_MESSAGES.noSecrets(secretsFile));
  const runningPort = await runningServerPort(pgDir);
  if (runningPort) {
    log(`连接正在运行的嵌入式数据库（127.0.0.1:${runningPort}）`);
    return { ownerUrl: embeddedUrl(runningPort, secrets.postgresPassword), description: `嵌入式 ${dataDir}`, stop: async () => {} };
  }
  // Nothing runs on this directory: start it for the backup on any free port, then stop it again.
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port: await findFreePort(), password: secrets.postgresPassword, log });
  return { ownerUrl: server.urlFor(EMBEDDED_DATABASE), description: `嵌入式 ${dataDir}`, stop: server.stop };
}

export { runningServerPort } from "@/lib/db/embedded";
