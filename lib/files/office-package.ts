// What an uploaded zip says it is: an Office Open XML package names its main
// part's content type in [Content_Types].xml, so a workbook renamed .docx is
// told apart from a Word document before a parser is chosen. Only the
// directory and that one small part are read, capped, so this is safe to run
// before the archive gate (which the parse itself then runs).
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { ARCHIVE_LIMITS } from "./archive-limits";

/** "undetermined": a directory past the archive gate's entry limit, left for the gate to refuse in its own words. */
export type OfficePackage = "docx" | "xlsx" | "pptx" | "other" | "undetermined";

const CONTENT_TYPES = "[Content_Types].xml";
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

/** Main-part content types (documents, templates, macro-enabled), as Word, WPS and Excel write them. */
const MAIN_PARTS: [RegExp, OfficePackage][] = [
  [/wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroEnabled/i, "docx"],
  [/spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled/i, "xlsx"],
  [/presentationml\.(presentation|template|slideshow)\.main\+xml|ms-powerpoint\./i, "pptx"],
];

/** The package's kind, or null when the bytes are not a zip yauzl can open. */
export async function officePackage(bytes: Uint8Array): Promise<OfficePackage | null> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { decodeStrings: false, validateEntrySizes: false });
  } catch {
    return null;
  }
  try {
    const entry = await findEntry(zip, CONTENT_TYPES);
    if (entry === "tooMany") return "undetermined";
    if (!entry) return "other";
    const xml = await readCapped(zip, entry);
    return MAIN_PARTS.find(([pattern]) => pattern.test(xml))?.[1] ?? "other";
  } catch {
    return null;
  } finally {
    zip.close();
  }
}

async function findEntry(zip: ZipFile, name: string): Promise<Entry | "tooMany" | null> {
  let seen = 0;
  for await (const entry of zip.eachEntry()) {
    if (Buffer.from(entry.fileName as unknown as Uint8Array).toString("latin1") === name) return entry;
    // Past the gate's entry limit the parse is refused anyway; do not walk a hostile directory here.
    if (++seen >= ARCHIVE_LIMITS.maxEntries) return "tooMany";
  }
  return null;
}

async function readCapped(zip: ZipFile, entry: Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_CONTENT_TYPES_BYTES || entry.isEncrypted() || !entry.canDecodeFileData()) return "";
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CONTENT_TYPES_BYTES) {
      stream.destroy();
      return "";
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
