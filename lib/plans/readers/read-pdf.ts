// A .pdf plan document: pdf.js reads it inside the plan worker (a PDF is not
// a zip, so there is no archive gate, but the worker's heap and time bounds
// apply), and its blocks are rebuilt there from positions.
import { UserFacingError } from "@/lib/errors";
import type { PdfItems } from "@/lib/files/parse-jobs";
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { pdfDocument } from "./pdf-layout";

export const PDF_MESSAGES = {
  notPdf: "该文件不是有效的 PDF 文档",
  unreadable: "无法读取该 PDF 文档，文件可能已损坏，请重新导出后上传，或上传 Word 原文",
  scanned: "该 PDF 没有可识别的文字（可能是扫描件），请上传 Word 原文或文字版 PDF",
} as const;

/** Fewer characters than this per page on average is a scan with a stray stamp or page number, not a text layer. */
const MIN_CHARS_PER_PAGE = 5;

/** Checked before a worker starts: "%PDF-" may follow some junk (the format allows up to 1 KB of it). */
export function assertPdfHeader(bytes: Uint8Array): void {
  if (!Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-")) throw new UserFacingError(PDF_MESSAGES.notPdf);
}

export function pdfPlanDocument(data: PdfItems): PlanDocument {
  const chars = data.items.reduce((n, item) => n + item.text.replace(/\s+/g, "").length, 0);
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, data.pages.length)) throw new UserFacingError(PDF_MESSAGES.scanned);
  return pdfDocument(data);
}
