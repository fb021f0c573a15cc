// The bureau export as a streamed zip (archiver): the readme, the workbook and
// json files written by writeBureauData, then every evidence file, each read
// from storage only when the previous one has gone into the zip. So memory
// holds at most one evidence file (≤ 20 MB) however many there are, and a
// slow or cancelled download holds no database connection.
import "server-only";
import { rm } from "node:fs/promises";
import path from "node:path";
import { ZipArchive, type ZipEntryData } from "archiver";
import { EXPORT_WORDS } from "./bureau-tables";
import type { BureauData } from "./write-bureau-data";

/** Reads one stored file (in its own short transaction), or null when no storage holds it. */
export type ReadStoredFile = (storageKey: string) => Promise<Uint8Array | null>;

export function streamBureauZip(dir: string, data: BureauData, readFile: ReadStoredFile, exportedAt: string): ZipArchive {
  const zip = new ZipArchive({ zlib: { level: 6 } });
  let cleaned = false;
  const cleanUp = () => {
    if (cleaned) return;
    cleaned = true;
    void rm(dir, { recursive: true, force: true });
  };
  zip.once("end", cleanUp);
  zip.once("close", cleanUp);
  fill(zip, dir, data, readFile, exportedAt).catch((err: Error) => {
    if (!zip.destroyed) zip.destroy(err);
    cleanUp();
  });
  return zip;
}

async function fill(zip: ZipArchive, dir: string, data: BureauData, readFile: ReadStoredFile, exportedAt: string): Promise<void> {
  const entries = trackEntries(zip);
  entries.append(EXPORT_WORDS.readmeText(data.tenantName, exportedAt, data.counts, data.evidence.length), { name: EXPORT_WORDS.readme });
  // xlsx is already a zip: store it rather than deflate it twice.
  entries.file(path.join(dir, EXPORT_WORDS.workbook), { name: EXPORT_WORDS.workbook, store: true });
  for (const { table } of data.counts) entries.file(path.join(dir, "json", `${table}.json`), { name: `json/${table}.json` });
  const missing: string[] = [];
  for (const file of data.evidence) {
    await entries.allWritten();
    const bytes = await readFile(file.storageKey);
    if (!bytes) missing.push(`${file.id} ${file.fileName}`);
    // Images, PDF and Office files are compressed already.
    else
      entries.append(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        name: `${EXPORT_WORDS.evidenceFolder}/${file.id}-${safeName(file.fileName)}`,
        store: true,
      });
  }
  if (missing.length) entries.append(missing.join("\r\n"), { name: EXPORT_WORDS.missingEvidence });
  await zip.finalize();
}

/**
 * Adds entries and counts them, so the caller can wait until every entry
 * added so far is in the zip (archiver emits "entry" per finished entry; a
 * slow reader holds that back). Rejects if the download is torn down first.
 */
function trackEntries(zip: ZipArchive) {
  let added = 0;
  let written = 0;
  let waiter: { resolve: () => void; reject: (err: Error) => void } | null = null;
  zip.on("entry", () => {
    written++;
    if (written >= added) waiter?.resolve();
  });
  zip.once("close", () => waiter?.reject(new Error("download closed")));
  return {
    append(source: Buffer | string, data: ZipEntryData) {
      added++;
      zip.append(source, data);
    },
    file(filePath: string, data: ZipEntryData) {
      added++;
      zip.file(filePath, data);
    },
    allWritten(): Promise<void> {
      if (written >= added) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiter = { resolve: () => ((waiter = null), resolve()), reject };
      });
    },
  };
}

const safeName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_").slice(0, 120) || "file";
