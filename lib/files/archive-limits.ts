// The gate every uploaded zip archive (.docx, .xlsx, and any zip-based format
// added later) passes before a parser sees it. A 60 KB .docx can inflate to
// gigabytes, so the archive's own directory is checked first (entry count,
// each entry's size, the total, the compression ratio), then each entry is
// really inflated, streaming and capped at its declared size: a directory
// that understates its entries is caught here, not inside the parser.
// isolated.ts's runIsolated runs this for every archive it is given; readers do not call it.
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { UserFacingError } from "@/lib/errors";
import { UNTRUSTED_FILE_MESSAGES as M } from "./messages";

const MiB = 1024 * 1024;

export interface ArchiveLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, judged only for entries of at least ratioFromBytes. */
  maxRatio: number;
  ratioFromBytes: number;
}

/**
 * Measured (docs/decisions/0006-untrusted-files.md): a 200-page Word plan,
 * marked up as Word does, is a 3.9 MiB document.xml at ~48:1 (real Word output
 * compresses less) plus photos, which do not compress and so stay within the
 * 5 MB upload; the 5 000-row ledger export is 16 entries, 3.8 MiB in all, its
 * sheet 3.1 MiB at ~11:1. Every limit is at least twice that (a test passes
 * both files at half the limits); the reported bombs ran at ~300:1.
 */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 2_000,
  maxEntryBytes: 16 * MiB,
  maxTotalBytes: 40 * MiB,
  maxRatio: 100,
  ratioFromBytes: 1 * MiB,
};

const CENTRAL_FILE_HEADER = 0x02014b50;

export async function assertArchiveWithinLimits(bytes: Uint8Array, options: { unreadable: string; limits?: ArchiveLimits }): Promise<void> {
  const limits = options.limits ?? ARCHIVE_LIMITS;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unreadable = () => new UserFacingError(options.unreadable);
  // Names stay raw bytes: nothing is extracted to disk, and some writers start them with "/".
  // Sizes are counted below rather than by yauzl, so a lie is told apart from corrupt data.
  const zip = await yauzl.fromBufferPromise(buffer, { decodeStrings: false, validateEntrySizes: false }).catch(() => {
    throw unreadable();
  });
  if (zip.entryCount > limits.maxEntries) throw new UserFacingError(M.tooManyEntries(limits.maxEntries));
  const entries = await readDirectory(zip, limits).catch((err) => {
    throw err instanceof UserFacingError ? err : unreadable();
  });
  assertDirectoryEnds(zip, buffer);
  for (const entry of entries) {
    const fits = await inflatesWithinDeclaredSize(zip, entry).catch(() => {
      throw unreadable();
    });
    if (!fits) throw new UserFacingError(M.inconsistent);
  }
}

/** The declared sizes, before a byte is inflated. */
async function readDirectory(zip: ZipFile, limits: ArchiveLimits): Promise<Entry[]> {
  const entries: Entry[] = [];
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    if (entry.isEncrypted() || !entry.canDecodeFileData()) throw new Error("encrypted or unknown compression");
    const size = entry.uncompressedSize;
    if (size > limits.maxEntryBytes) throw new UserFacingError(M.entryTooLarge(limits.maxEntryBytes));
    total += size;
    if (total > limits.maxTotalBytes) throw new UserFacingError(M.tooLarge(limits.maxTotalBytes));
    if (size >= limits.ratioFromBytes && size > limits.maxRatio * entry.compressedSize) throw new UserFacingError(M.ratio(limits.maxRatio));
    entries.push(entry);
  }
  return entries;
}

/**
 * jszip (inside exceljs) reads every consecutive central-directory
 * header, whatever count the end record states; yauzl stops at the count. A
 * directory that says 3 entries but holds 100 000 would pass here and be
 * opened there, so nothing may follow the entries read. (`readEntryCursor` is
 * yauzl's position after the last entry read: typed, not in its README; pinned
 * version, and a test builds exactly this file.)
 */
function assertDirectoryEnds(zip: ZipFile, buffer: Buffer): void {
  const cursor = (zip as unknown as { readEntryCursor: number }).readEntryCursor;
  if (typeof cursor !== "number") throw new Error("yauzl no longer exposes readEntryCursor");
  if (cursor + 4 <= buffer.length && buffer.readUInt32LE(cursor) === CENTRAL_FILE_HEADER) throw new UserFacingError(M.inconsistent);
}

/** Inflates one entry without keeping it, stopping as soon as it outgrows what the directory declared. */
async function inflatesWithinDeclaredSize(zip: ZipFile, entry: Entry): Promise<boolean> {
  const stream = await zip.openReadStreamPromise(entry);
  return new Promise<boolean>((resolve, reject) => {
    let seen = 0;
    stream.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen <= entry.uncompressedSize) return;
      stream.destroy();
      resolve(false);
    });
    stream.on("end", () => resolve(true));
    stream.on("error", reject);
  });
}
