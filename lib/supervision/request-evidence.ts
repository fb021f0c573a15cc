// Evidence of a closing request: the same checks and storage as a report's
// evidence (lib/files: detected type, size limit, HEIC as JPEG), each row and
// then its file written in the request's transaction: if anything fails, none stays.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { prepareEvidence } from "@/lib/files/prepare-evidence";
import { getFileStorage } from "@/lib/files/storage";
import { SUPERVISION_MESSAGES as M } from "./messages";

export const MAX_ATTACHMENTS_PER_REQUEST = 10;

/** Browsers send an empty file for an untouched file input: not a file. */
export function chosenFiles(files: File[] | undefined): File[] {
  return (files ?? []).filter((f) => f.size > 0 || f.name !== "");
}

/** Checks every file first (nothing stored if one is refused), then stores them. */
export async function storeRequestEvidence(tx: Tx, tenantId: string, requestId: string, userId: string, files: File[]): Promise<void> {
  if (files.length > MAX_ATTACHMENTS_PER_REQUEST) throw new UserFacingError(M.tooManyFiles(MAX_ATTACHMENTS_PER_REQUEST));
  const checked = [];
  for (const file of files) {
    const fileName = file.name.replace(/[\\/]/g, "_").slice(0, 200) || "附件";
    const prepared = await prepareEvidence(fileName, new Uint8Array(await file.arrayBuffer()));
    if (!prepared.ok) throw new UserFacingError(`${fileName}：${prepared.message}`, { files: [prepared.message] });
    checked.push(prepared.file);
  }
  const storage = getFileStorage();
  for (const file of checked) {
    // The key names the row: the file's chunks reference it.
    const id = randomUUID();
    const storageKey = `${tenantId}/${id}`;
    await tx.attachment.create({
      data: {
        id,
        tenantId,
        requestId,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.bytes.byteLength,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        storageKey,
        uploadedById: userId,
      },
    });
    await storage.put(tx, storageKey, file.bytes);
  }
}
