// The backup file: one gzipped tar (npm's own `tar` package) with
// manifest.json first, then db/NNN-<table>.copy in load order, then
// uploads/<tenant>/<uuid>. Written under a temporary name and renamed, so a
// half-written archive never carries the final name.
import { readFile, rename, rm } from "node:fs/promises";
import { create, extract } from "tar";
import { UserFacingError } from "@/lib/errors";
import { hashFile } from "./hash-file";
import { MANIFEST_FILE, manifestSchema, type BackupManifest } from "./manifest";
import { BACKUP_MESSAGES } from "./messages";

export async function writeArchive(stageDir: string, manifest: BackupManifest, outFile: string): Promise<void> {
  const entries = [MANIFEST_FILE, ...manifest.tables.map((t) => t.file), ...manifest.uploads.map((u) => u.file)];
  const partial = `${outFile}.partial`;
  try {
    await create({ gzip: true, file: partial, cwd: stageDir, portable: true, mode: 0o600 }, entries);
    await rename(partial, outFile);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

const ALLOWED_ENTRY = /^(manifest\.json|db\/[^/]+|uploads\/[^/]+(\/[^/]+)?\/?|db\/|uploads\/)$/;

/**
 * Unpacks into `dir` (regular files and folders only, nowhere outside it) and
 * checks every entry the manifest names against its size and SHA-256 before
 * the caller writes anything anywhere.
 */
export async function extractArchive(file: string, dir: string): Promise<BackupManifest> {
  try {
    await extract({
      file,
      cwd: dir,
      strict: true,
      filter: (entryPath, entry) => ("type" in entry ? entry.type === "File" || entry.type === "Directory" : true) && ALLOWED_ENTRY.test(entryPath),
    });
  } catch (err) {
    throw new UserFacingError(BACKUP_MESSAGES.notAnArchive(file, (err as Error).message));
  }
  const text = await readFile(`${dir}/${MANIFEST_FILE}`, "utf8").catch(() => null);
  if (text === null) throw new UserFacingError(BACKUP_MESSAGES.notAnArchive(file, `缺少 ${MANIFEST_FILE}`));
  const parsed = manifestSchema.safeParse(parseJson(text));
  if (!parsed.success) throw new UserFacingError(BACKUP_MESSAGES.notAnArchive(file, `${MANIFEST_FILE} 格式不符`));
  for (const entry of [...parsed.data.tables, ...parsed.data.uploads]) {
    const actual = await hashFile(`${dir}/${entry.file}`).catch(() => null);
    if (!actual || actual.bytes !== entry.bytes || actual.sha256 !== entry.sha256) throw new UserFacingError(BACKUP_MESSAGES.archiveDamaged(entry.file));
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
