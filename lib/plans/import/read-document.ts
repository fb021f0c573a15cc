// Plan documents arrive as Word (.docx), Excel task lists (.xlsx), text-layer
// PDF or text (.txt, any common Chinese encoding: decode-text.ts). The name chooses the reader
// (plan-file-format.ts refuses .doc, .wps, .xls … with the way to convert
// them), the bytes are checked against it (check-plan-bytes.ts), and archives
// are read in an isolated worker after the archive gate (lib/files/isolated.ts).
import { UserFacingError } from "@/lib/errors";
import { parseIsolated } from "@/lib/files/isolated";
import { textDocument, type PlanDocument } from "@/lib/plans/parser/blocks";
import { checkPlanBytes } from "./check-plan-bytes";
import { decodeText } from "./decode-text";
import { planFileFormat } from "./plan-file-format";
import { PLAN_FILE_MESSAGES as M } from "./plan-file-messages";
import { readPdf } from "@/lib/plans/readers/read-pdf";
import { readXlsxPlan } from "./xlsx/read-xlsx-plan";
import { docxDocument } from "./docx-document";

export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

export async function readPlanDocument(fileName: string, bytes: Uint8Array): Promise<PlanDocument> {
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw new UserFacingError("文件过大：规划文件不能超过 5 MB");
  const check = planFileFormat(fileName);
  if (!check.ok) throw new UserFacingError(check.message);
  await checkPlanBytes(check.format, bytes);
  switch (check.format) {
    case "docx":
      return docxDocument(await parseIsolated("docx-blocks", bytes, { unreadable: M.unreadable("docx") }));
    case "xlsx":
      return readXlsxPlan(bytes);
    case "pdf":
      return readPdf(bytes);
    case "txt":
      return textDocument(decodeText(bytes));
  }
}
