// What a user reads when a .pdf plan is refused, and the one check made before
// the plan worker starts (the rest of the PDF's reading runs in it).
import { UserFacingError } from "@/lib/errors";

export const PDF_MESSAGES = {
  notPdf: "该文件不是有效的 PDF 文档",
  unreadable: "无法读取该 PDF 文档，文件可能已损坏，请重新导出后上传，或上传 Word 原文",
  scanned: "该 PDF 没有可识别的文字（可能是扫描件），请上传 Word 原文或文字版 PDF",
} as const;

/** "%PDF-" may follow some junk (the format allows up to 1 KB of it). */
export function assertPdfHeader(bytes: Uint8Array): void {
  if (!Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-")) throw new UserFacingError(PDF_MESSAGES.notPdf);
}
