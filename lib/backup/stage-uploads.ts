// The files half of a backup: the evidence files that the snapshot's
// attachment rows point to, read through FileStorage (local disk today, any
// adapter tomorrow). Copied after the snapshot: the app stores a file before
// it commits the row, so every row in the snapshot already has its file.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "@/lib/files/storage";
import type { UploadEntry } from "./manifest";

export async function stageUploads(
  storage: FileStorage,
  attachments: readonly { storageKey: string }[],
  stageDir: string,
): Promise<{ uploads: UploadEntry[]; missingUploads: string[] }> {
  const uploads: UploadEntry[] = [];
  const missingUploads: string[] = [];
  for (const { storageKey } of attachments) {
    const bytes = await storage.get(storageKey).catch((err: NodeJS.ErrnoException) => {
      // Deleted since (an attachment removed after the snapshot) or lost before: say so, keep going.
      if (err.code === "ENOENT") return null;
      throw err;
    });
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
