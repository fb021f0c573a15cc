// The evidence files of a backup that are not in the database: those an
// earlier version kept on disk (EDUPLAN_UPLOAD_DIR) and that no chunk in the
// snapshot holds. Files in PostgreSQL (decision 0042) are rows of file_chunks
// and come with the table copy. Copied after the snapshot: those versions
// stored a file before committing its row, so every such row has its file.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LocalDiskStorage } from "@/lib/files/storage";
import type { UploadEntry } from "./manifest";

export async function stageUploads(
  storage: LocalDiskStorage,
  attachments: readonly { storageKey: string }[],
  stageDir: string,
): Promise<{ uploads: UploadEntry[]; missingUploads: string[] }> {
  const uploads: UploadEntry[] = [];
  const missingUploads: string[] = [];
  for (const { storageKey } of attachments) {
    // Deleted since (an attachment removed after the snapshot) or lost before: say so, keep going.
    const bytes = await storage.get(storageKey);
    if (!bytes) {
      missingUploads.push(storageKey);
      continue;
    }
    const file = `uploads/${storageKey}`;
    await mkdir(path.dirname(path.join(stageDir, file)), { recursive: true });
    await writeFile(path.join(stageDir, file), bytes, { mode: 0o600 });
    uploads.push({ key: storageKey, file, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  return { uploads, missingUploads };
}
