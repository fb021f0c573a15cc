// `npm run backup`: the database (one snapshot, evidence files in file_chunks
// included) and the files it points to that earlier versions kept on disk,
// staged beside the output file, then packed into one archive.
// Reads only: the database is not migrated, locked or changed.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LocalDiskStorage } from "@/lib/files/storage";
import { UserFacingError } from "@/lib/errors";
import { writeArchive } from "./archive";
import { dumpDatabase } from "./dump-database";
import { BACKUP_FORMAT, BACKUP_METHOD, MANIFEST_FILE, type BackupManifest } from "./manifest";
import { BACKUP_MESSAGES } from "./messages";
import { stageUploads } from "./stage-uploads";

export interface BackupOptions {
  ownerUrl: string;
  outFile: string;
  /** Where versions before 0042 kept evidence files (EDUPLAN_UPLOAD_DIR). */
  legacyStorage: LocalDiskStorage;
  log?: (line: string) => void;
  /** Test hook: runs after each table is copied, while the snapshot is open. */
  onTableCopied?: (table: string) => Promise<void>;
}

export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const outFile = path.resolve(options.outFile);
  if (existsSync(outFile)) throw new UserFacingError(BACKUP_MESSAGES.outExists(outFile));
  // Staged on the output's file system: a large database may not fit in a RAM-backed /tmp.
  const stageDir = await mkdtemp(path.join(path.dirname(outFile), ".eduplan-backup-"));
  try {
    const createdAt = new Date().toISOString();
    const { attachments, ...dump } = await dumpDatabase(options.ownerUrl, stageDir, options.onTableCopied);
    const { uploads, missingUploads } = await stageUploads(options.legacyStorage, attachments, stageDir);
    for (const key of missingUploads) options.log?.(BACKUP_MESSAGES.missingUpload(key));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      method: BACKUP_METHOD,
      createdAt,
      app: { version: await appVersion() },
      ...dump,
      uploads,
      missingUploads,
    };
    await writeFile(path.join(stageDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    await writeArchive(stageDir, manifest, outFile);
    return manifest;
  } finally {
    await rm(stageDir, { recursive: true, force: true });
  }
}

async function appVersion(): Promise<string> {
  const text = await readFile(path.resolve("package.json"), "utf8").catch(() => "{}");
  return (JSON.parse(text) as { version?: string }).version ?? "unknown";
}
