// An import's results as a workbook the admin can keep: the one-time
// passwords of new accounts are in it, so it is built for the admin's
// browser (or the operator's disk) and never stored on the server.
import "server-only";
import { MEMBER_IMPORT_OUTCOME_LABELS } from "@/lib/vocabulary";
import type { MemberImportResult } from "./import-members";
import { writeWorkbook } from "./write-workbook";

export const RESULT_HEADERS = ["行号", "用户名", "结果", "原因", "一次性密码"];

export function writeImportResults(results: MemberImportResult[]): Promise<Buffer> {
  return writeWorkbook([
    {
      name: "导入结果",
      headers: RESULT_HEADERS,
      rows: results.map((r) => [r.row, r.username, MEMBER_IMPORT_OUTCOME_LABELS[r.result], r.reason ?? null, r.password ?? null]),
    },
  ]);
}
