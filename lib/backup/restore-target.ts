// Where `npm run restore` writes, and the check that it is empty. The check
// runs before anything is written: a refused restore changes nothing.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { databaseName, withPgClient } from "@/lib/db/provision";
import { UserFacingError } from "@/lib/errors";
import { BACKUP_MESSAGES } from "./messages";

export type RestoreTarget =
  /** A new embedded server under dataDir/pg (EDUPLAN_DATA_DIR). */
  | { kind: "embedded"; dataDir: string; uploadDir: string }
  /** An existing, empty database (DATABASE_URL, the owner connection). */
  | { kind: "external"; databaseUrl: string; dataDir: string; uploadDir: string; appDatabaseUrl?: string };

export function restoreTargetFromEnv(env: NodeJS.ProcessEnv): RestoreTarget {
  const dataDir = path.resolve(env.EDUPLAN_DATA_DIR ?? ".data");
  const uploadDir = path.resolve(env.EDUPLAN_UPLOAD_DIR ?? ".data/uploads");
  if (env.DATABASE_URL) return { kind: "external", databaseUrl: env.DATABASE_URL, dataDir, uploadDir, appDatabaseUrl: env.APP_DATABASE_URL || undefined };
  return { kind: "embedded", dataDir, uploadDir };
}

export async function assertTargetEmpty(target: RestoreTarget): Promise<void> {
  if (target.kind === "embedded" && (await listDir(path.join(target.dataDir, "pg"))).length > 0) {
    throw new UserFacingError(BACKUP_MESSAGES.dataDirNotEmpty(target.dataDir));
  }
  if (target.kind === "external") await assertDatabaseEmpty(target.databaseUrl);
  if ((await listDir(target.uploadDir)).length > 0) throw new UserFacingError(BACKUP_MESSAGES.uploadDirNotEmpty(target.uploadDir));
}

/** Empty means no table, view or sequence outside PostgreSQL's own schemas. */
async function assertDatabaseEmpty(url: string): Promise<void> {
  const name = databaseName(url);
  const relations = await withPgClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(`
      SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
      ORDER BY 1`);
    return rows.map((r) => r.name);
  }).catch((err: Error & { code?: string }) => {
    if (err.code === "3D000") throw new UserFacingError(BACKUP_MESSAGES.databaseMissing(name));
    throw err;
  });
  if (relations.length > 0) throw new UserFacingError(BACKUP_MESSAGES.databaseNotEmpty(name, relations));
}

async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
}
