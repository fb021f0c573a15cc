// `npm run restore`: checks the target is empty, unpacks and verifies the
// archive, rebuilds the schema from the backup's migrations, loads the rows in
// one transaction, applies this version's newer migrations, provisions the
// app role and job queue as `npm start` does, then writes the evidence files.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations, readMigrationsList } from "@/lib/db/migrations";
import { APP_ROLE, databaseName, ensureAppRole, ensureDatabase } from "@/lib/db/provision";
import { loadLocalSecrets } from "@/lib/db/runtime";
import { LocalDiskStorage } from "@/lib/files/storage";
import { installJobQueue } from "@/lib/jobs/queue";
import { UserFacingError } from "@/lib/errors";
import { extractArchive } from "./archive";
import { EMBEDDED_DATABASE } from "./embedded-target";
import { loadDatabase } from "./load-database";
import type { BackupManifest } from "./manifest";
import { BACKUP_MESSAGES } from "./messages";
import { planMigrations } from "./migration-plan";
import { assertTargetEmpty, type RestoreTarget } from "./restore-target";

export interface RestoreOptions {
  file: string;
  target: RestoreTarget;
  log?: (line: string) => void;
  /** The app role's password; default: the one in the data directory's secrets.json, as `npm start` uses. */
  appRolePassword?: string;
}

export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  const { target } = options;
  const log = options.log ?? (() => {});
  const file = path.resolve(options.file);
  if (!existsSync(file)) throw new UserFacingError(BACKUP_MESSAGES.archiveMissing(file));
  await assertTargetEmpty(target);
  const extracted = await mkdtemp(path.join(os.tmpdir(), "eduplan-restore-"));
  let opened: OpenedTarget | undefined;
  let touched = false;
  try {
    const manifest = await extractArchive(file, extracted);
    const known = (await readMigrationsList()).migrationDirectories.map((m) => m.path);
    const migrations = planMigrations(manifest.migrations, known);
    log(
      `备份：${manifest.createdAt}，EduPlan ${manifest.app.version}，PostgreSQL ${manifest.postgres.version}，${manifest.tables.length} 张表，${manifest.uploads.length} 个附件`,
    );
    touched = true;
    opened = await openTarget(target, log);
    await applyMigrations(opened.ownerUrl, migrations.before);
    await loadDatabase(opened.ownerUrl, extracted, manifest);
    log(`已恢复 ${manifest.tables.reduce((sum, t) => sum + t.rows, 0)} 行数据`);
    if (migrations.after.length) log(`已应用本版本较新的迁移：${(await applyMigrations(opened.ownerUrl)).join(", ")}`);
    await provisionAppAccess(opened.ownerUrl, target, options.appRolePassword);
    const storage = new LocalDiskStorage(target.uploadDir);
    for (const upload of manifest.uploads) await storage.put(upload.key, await readFile(path.join(extracted, upload.file)));
    await opened.stop();
    return manifest;
  } catch (err) {
    await opened?.stop().catch(() => {});
    if (!touched) throw err;
    throw await undoPartialRestore(target, err as Error);
  } finally {
    await rm(extracted, { recursive: true, force: true });
  }
}

interface OpenedTarget {
  ownerUrl: string;
  stop(): Promise<void>;
}

/** An embedded target gets its own server for the restore, on any free port, stopped at the end. */
async function openTarget(target: RestoreTarget, log: (line: string) => void): Promise<OpenedTarget> {
  if (target.kind === "external") return { ownerUrl: target.databaseUrl, stop: async () => {} };
  const secrets = await loadLocalSecrets(target.dataDir);
  const server = await startEmbeddedPostgres({ dataDir: path.join(target.dataDir, "pg"), port: await findFreePort(), password: secrets.postgresPassword, log });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { ownerUrl: server.urlFor(EMBEDDED_DATABASE), stop: server.stop };
}

/** As lib/db/runtime.ts prepareDatabase does: the app role (unless APP_DATABASE_URL names one) and the job queue's schema. */
async function provisionAppAccess(ownerUrl: string, target: RestoreTarget, appRolePassword?: string): Promise<void> {
  const appUrl = target.kind === "external" ? target.appDatabaseUrl : undefined;
  if (!appUrl) await ensureAppRole(ownerUrl, appRolePassword ?? (await loadLocalSecrets(target.dataDir)).appRolePassword);
  await installJobQueue(ownerUrl, appUrl ? decodeURIComponent(new URL(appUrl).username) : APP_ROLE);
}

/**
 * Leaves an embedded target as empty as it was found (both folders were empty
 * or missing) and returns the error to throw. An external database cannot be
 * un-migrated from here: the error says so.
 */
async function undoPartialRestore(target: RestoreTarget, err: Error): Promise<Error> {
  for (const entry of await readdir(target.uploadDir).catch(() => [])) await rm(path.join(target.uploadDir, entry), { recursive: true, force: true });
  if (target.kind === "embedded") {
    await rm(path.join(target.dataDir, "pg"), { recursive: true, force: true });
    return err;
  }
  return new UserFacingError(`${err.message}\n${BACKUP_MESSAGES.partialExternal(databaseName(target.databaseUrl))}`);
}
