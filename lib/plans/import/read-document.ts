// Plan documents arrive as .txt (any common Chinese encoding), .docx or .pdf.
// A .docx is an archive from outside: it is read in an isolated worker, after
// the archive gate (lib/files/isolated.ts), as paragraphs and real tables; a
// .pdf in the same worker, its blocks rebuilt from positions.
import { UserFacingError } from "@/lib/errors";
import { parseIsolated } from "@/lib/files/isolated";
import { textDocument, type PlanDocument } from "@/lib/plans/parser/blocks";
import { readPdf } from "@/lib/plans/readers/read-pdf";
import { docxDocument } from "./docx-document";
import { UNSUPPORTED_PLAN_FILE } from "./plan-file-types";

export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

export async function readPlanDocument(fileName: string, bytes: Uint8Array): Promise<PlanDocument> {
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw new UserFacingError("文件过大：规划文件不能超过 5 MB");
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".docx")) {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new UserFacingError("该文件不是有效的 .docx 文档");
    return docxDocument(await parseIsolated("docx-blocks", bytes, { unreadable: "无法读取该 .docx 文档，请确认文件未损坏" }));
  }
  if (lower.endsWith(".pdf")) return readPdf(bytes);
  if (lower.endsWith(".txt")) return textDocument(decodeText(bytes));
  throw new UserFacingError(UNSUPPORTED_PLAN_FILE);
}

/** UTF-8 first; documents exported on Chinese Windows are often GB18030. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    try {
      return new TextDecoder("gb18030").decode(bytes);
    } catch {
      throw new UserFacingError("无法识别文件编码，请另存为 UTF-8 文本后重试");
    }
  }
}
