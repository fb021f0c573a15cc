// A recursive copy of a running server's data directory, for a base backup.
// PostgreSQL drops and creates relation files while the copy runs (a test
// database dropped by another worker, a table rewritten); the WAL replayed from
// the backup's start re-creates whatever is needed, so a file that vanishes
// between listing and copying is skipped, as pg_basebackup does. fs.cp stopped
// at the first such file (ENOENT on lstat) and failed the standby.
import { copyFile, mkdir, readdir, readlink, symlink } from "node:fs/promises";
import path from "node:path";

const vanished = (err: unknown) => (err as NodeJS.ErrnoException).code === "ENOENT";

/** Copies `source` into `target`; `include(relativePath)` decides for each entry. */
export async function copyLiveDirectory(source: string, target: string, include: (relative: string) => boolean, relative = ""): Promise<void> {
  const from = path.join(source, relative);
  const entries = await readdir(from, { withFileTypes: true }).catch((err: unknown) => {
    if (vanished(err)) return [];
    throw err;
  });
  await mkdir(path.join(target, relative), { recursive: true });
  for (const entry of entries) {
    const rel = path.join(relative, entry.name);
    if (!include(rel)) continue;
    try {
      if (entry.isDirectory()) await copyLiveDirectory(source, target, include, rel);
      else if (entry.isSymbolicLink()) await symlink(await readlink(path.join(source, rel)), path.join(target, rel));
      else await copyFile(path.join(source, rel), path.join(target, rel));
    } catch (err) {
      if (!vanished(err)) throw err;
    }
  }
}
