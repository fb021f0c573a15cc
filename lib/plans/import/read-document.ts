// Plan documents arrive as Word (.docx), Excel task lists (.xlsx), text-layer
// PDF or text (.txt, any common Chinese encoding: decode-text.ts). The name
// chooses the reader (plan-file-format.ts refuses .doc, .wps, .xls … with the
// way to convert them), and the bytes are checked against it here
// (check-plan-bytes.ts, the archive gate). Then one bounded worker
// (plan-worker.ts) reads the file, rebuilds its document and parses it: no
// part of an uploaded file's reading runs on the web process's event loop.
import { Worker, type WorkerOptions } from "node:worker_threads";
import { UserFacingError } from "@/lib/errors";
import { assertArchiveWithinLimits } from "@/lib/files/archive-limits";
import { runIsolated, type IsolatedOptions } from "@/lib/files/isolated";
import type { DocumentFormat } from "@/lib/plans/parser";
import { PDF_MESSAGES, assertPdfHeader } from "@/lib/plans/readers/read-pdf";
import { checkPlanBytes } from "./check-plan-bytes";
import { planFileFormat } from "./plan-file-format";
import { PLAN_FILE_MESSAGES as M } from "./plan-file-messages";
import type { PlanReading } from "./plan-reading";

export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

const UNREADABLE: Record<DocumentFormat, string> = {
  docx: M.unreadable("docx"),
  xlsx: M.unreadable("xlsx"),
  pdf: PDF_MESSAGES.unreadable,
  txt: M.notText,
};

export async function readPlanFile(fileName: string, bytes: Uint8Array, bounds: Pick<IsolatedOptions, "timeoutMs" | "heapMb"> = {}): Promise<PlanReading> {
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw new UserFacingError("文件过大：规划文件不能超过 5 MB");
  const check = planFileFormat(fileName);
  if (!check.ok) throw new UserFacingError(check.message);
  const format = check.format;
  await checkPlanBytes(format, bytes);
  if (format === "pdf") assertPdfHeader(bytes);
  if (format === "docx" || format === "xlsx") await assertArchiveWithinLimits(bytes, { unreadable: UNREADABLE[format] });
  return runIsolated<PlanReading>(startPlanWorker, { format }, bytes, { ...bounds, unreadable: UNREADABLE[format], typeScript: true });
}

function startPlanWorker({ execArgv, resourceLimits }: WorkerOptions): Worker {
  return new Worker(new URL("./plan-worker.ts", import.meta.url), { execArgv, resourceLimits });
}
