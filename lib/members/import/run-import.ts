// The members import as the page runs it: the uploaded file is checked and
// read (isolated, gated), the rows written in the action's one transaction,
// and the answer carries the results and the same results as a workbook for
// the admin to keep (built here, never stored: it holds one-time passwords).
import "server-only";
import { z } from "zod";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/tenant-scope";
import { IMPORT_MESSAGES, MAX_MEMBER_FILE_BYTES } from "./columns";
import { importMembers, type MemberImportResult } from "./import-members";
import { readMembersSheet } from "./read-members-sheet";
import { writeImportResults } from "./write-results";

export const importMembersSchema = z.object({
  file: z
    .instanceof(File, { error: IMPORT_MESSAGES.chooseFile })
    .refine((f) => f.size > 0, { error: `${IMPORT_MESSAGES.chooseFile}（文件为空）` })
    .refine((f) => f.size <= MAX_MEMBER_FILE_BYTES, { error: IMPORT_MESSAGES.tooLarge }),
});

export interface MembersImportSummary {
  rows: MemberImportResult[];
  created: number;
  updated: number;
  refused: number;
  message: string;
  /** The results workbook, base64: the page offers it as a download without a second request. */
  resultsXlsx: string;
}

export function summarise(rows: MemberImportResult[]) {
  const count = (r: MemberImportResult["result"]) => rows.filter((x) => x.result === r).length;
  const [created, updated, refused] = [count("created"), count("updated"), count("refused")];
  const message = `已创建 ${created} 个账号，更新 ${updated} 个${refused > 0 ? `；${refused} 行未导入，原因见下表` : ""}`;
  return { created, updated, refused, message };
}

export async function runMembersImport(tx: Tx, actor: AuditActor, file: File): Promise<MembersImportSummary> {
  const sheet = await readMembersSheet(new Uint8Array(await file.arrayBuffer()));
  const rows = await importMembers(tx, actor, sheet, file.name.slice(0, 200));
  return { rows, ...summarise(rows), resultsXlsx: (await writeImportResults(rows)).toString("base64") };
}
