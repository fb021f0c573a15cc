// What counts as evidence: images, PDF, Word, Excel — judged by the file's
// first bytes, not its name, so an executable renamed .pdf is refused. An
// iPhone's HEIC photo is accepted and stored as JPEG (prepare-evidence.ts).
import { formatBytes } from "@/lib/format/bytes";

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export interface EvidenceType {
  label: string;
  contentType: string;
  extensions: string[];
  matches(bytes: Uint8Array): boolean;
}

const startsWith = (bytes: Uint8Array, sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A zip archive (.docx, .xlsx) by its first bytes. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** ISO BMFF brands of HEIF stills and sequences (HEVC-coded, as iPhones write them, or the generic mif1/msf1). */
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);
const isHeif = (b: Uint8Array) => startsWith(b, ascii("ftyp"), 4) && HEIF_BRANDS.has(String.fromCharCode(...b.subarray(8, 12)));

const containsAscii = (bytes: Uint8Array, needle: string) => Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).includes(needle, 0, "latin1");

export const EVIDENCE_TYPES: EvidenceType[] = [
  { label: "PNG 图片", contentType: "image/png", extensions: [".png"], matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { label: "JPEG 图片", contentType: "image/jpeg", extensions: [".jpg", ".jpeg"], matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { label: "GIF 图片", contentType: "image/gif", extensions: [".gif"], matches: (b) => startsWith(b, ascii("GIF8")) },
  { label: "WebP 图片", contentType: "image/webp", extensions: [".webp"], matches: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8) },
  { label: "HEIC 照片", contentType: "image/heic", extensions: [".heic", ".heif"], matches: isHeif },
  { label: "PDF 文档", contentType: "application/pdf", extensions: [".pdf"], matches: (b) => startsWith(b, ascii("%PDF-")) },
  {
    label: "Word 文档",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: [".docx"],
    matches: (b) => startsWith(b, ZIP) && containsAscii(b, "word/"),
  },
  {
    label: "Excel 表格",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: [".xlsx"],
    matches: (b) => startsWith(b, ZIP) && containsAscii(b, "xl/"),
  },
  { label: "Word 97 文档", contentType: "application/msword", extensions: [".doc"], matches: (b) => startsWith(b, OLE) },
  { label: "Excel 97 表格", contentType: "application/vnd.ms-excel", extensions: [".xls"], matches: (b) => startsWith(b, OLE) },
];

/**
 * The file input's accept list: MIME types first, since a phone offers its
 * camera only for image/* (WeChat on Android among them), then the
 * extensions, which desktop pickers filter by. image/* rather than
 * image/heic also lets iOS hand over a JPEG where it can.
 */
export const EVIDENCE_ACCEPT = [
  "image/*",
  ...new Set(EVIDENCE_TYPES.filter((t) => !t.contentType.startsWith("image/")).map((t) => t.contentType)),
  ...EVIDENCE_TYPES.flatMap((t) => t.extensions),
].join(",");

/** "文件过大：…" for evidence, in the words of the size shown next to every file. */
export const EVIDENCE_TOO_LARGE = `文件过大：单个附件不能超过 ${formatBytes(MAX_EVIDENCE_BYTES)}`;

/** The evidence type of a file, or a Chinese reason it is refused. */
export function classifyEvidence(fileName: string, bytes: Uint8Array): { ok: true; type: EvidenceType } | { ok: false; message: string } {
  if (bytes.byteLength === 0) return { ok: false, message: "文件为空" };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, message: EVIDENCE_TOO_LARGE };
  const ext = fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
  const byName = EVIDENCE_TYPES.filter((t) => t.extensions.includes(ext));
  if (byName.length === 0) return { ok: false, message: "只能上传图片（JPEG/PNG/HEIC/GIF/WebP）、PDF、Word 或 Excel 文件" };
  const type = byName.find((t) => t.matches(bytes));
  if (!type) return { ok: false, message: `文件内容与扩展名不符：这不是有效的${byName[0]!.label}` };
  return { ok: true, type };
}
