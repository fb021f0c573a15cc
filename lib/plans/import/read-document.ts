// Plan documents arrive as Word (.docx), Excel task lists (.xlsx), text-layer
// PDF or text (.txt, any common Chinese encoding: decode-text.ts). The name
// chooses the reader (plan-file-format.ts refuses .doc, .wps, .xls … with the
// way to convert them), and the bytes are checked against it here
// (check-plan-bytes.ts). Then one bounded worker (plan-worker.ts), after the
// archive gate for .docx and .xlsx, reads the file, rebuilds its document and
// parses it: the web process only checks signatures and the zip directory.
import { Worker } from "node:worker_threads";
import { UserFacingError } from "@/lib/errors";
import { runIsolated, type IsolatedOptions, type WorkerEntry } from "@/lib/files/isolated";
import type { DocumentFormat } from "@/lib/plans/parser";
import { PDF_MESSAGES, assertPdfHeader } from "@/lib/plans/readers/pdf-messages";
import { checkPlanBytes } from "./check-plan-bytes";
import { planFileFormat } from "./plan-file-format";
import { PLAN_FILE_MESSAGES as M } from "./plan-file-messages";
import type { PlanJob } from "./plan-job";
import type { PlanReading } from "./plan-reading";

export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

/** What the user reads when the format's reader cannot read the file (a .txt has no reader that fails). */
const UNREADABLE: Record<Exclude<DocumentFormat, "txt">, string> = {
  docx: M.unreadable("docx"),
  xlsx: M.unreadable("xlsx"),
  pdf: PDF_MESSAGES.unreadable,
};

const PLAN_WORKER: Omit<WorkerEntry, "archive"> = {
  start: ({ execArgv, resourceLimits }) => new Worker(new URL("./plan-worker.ts", import.meta.url), { execArgv, resourceLimits }),
  typeScript: true,
};

/** `bounds`: tighter than the parse limits, for tests of the bounds themselves. */
export async function readPlanFile(fileName: string, bytes: Uint8Array, bounds: Pick<IsolatedOptions, "timeoutMs" | "heapMb"> = {}): Promise<PlanReading> {
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw new UserFacingError("文件过大：规划文件不能超过 5 MB");
  const check = planFileFormat(fileName);
  if (!check.ok) throw new UserFacingError(check.message);
  const format = check.format;
  await checkPlanBytes(format, bytes);
  if (format === "pdf") assertPdfHeader(bytes);
  const job: Omit<PlanJob, "bytes" | "limits"> = { format };
  const entry = { ...PLAN_WORKER, archive: format === "docx" || format === "xlsx" };
  return runIsolated<PlanReading>(entry, job, bytes, { ...bounds, unreadable: format === "txt" ? M.notText : UNREADABLE[format] });
}
