// The plan worker's work (plan-worker.ts): the file's reader (the parse job
// of its format), the document rebuilt from what the reader sent, and the
// parse, answered as the worker's reply. All of it runs in the worker, so a
// document whose layout or parse takes long or grows large is bounded like
// its reader, never on the web process's event loop.
import { UserFacingError } from "@/lib/errors";
import { runParseJob } from "@/lib/files/parse-job-runners.mjs";
import type { JobLimits, WorkerReply } from "@/lib/files/parse-jobs";
import { documentText, parsePlanDocument, textDocument, type DocumentFormat, type PlanDocument } from "@/lib/plans/parser";
import { pdfPlanDocument } from "@/lib/plans/readers/read-pdf";
import { decodeText } from "./decode-text";
import { docxDocument } from "./docx-document";
import type { PlanJob } from "./plan-job";
import type { PlanReading } from "./plan-reading";
import { workbookDocument } from "./xlsx/read-xlsx-plan";

export async function planJobReply({ format, bytes, limits }: PlanJob): Promise<WorkerReply<PlanReading>> {
  try {
    const read = await readDocument(format, bytes, limits);
    if (!read.ok) return read;
    const document = read.value;
    return { ok: true, value: { document, sourceText: documentText(document), parsed: parsePlanDocument(document) } };
  } catch (err) {
    return failureReply(err);
  }
}

/** A reader's own refusal keeps its words; anything else is a fault of ours, logged here with its stack. */
export function failureReply(err: unknown): WorkerReply<never> {
  if (err instanceof UserFacingError) return { ok: false, reason: "refused", detail: err.message };
  console.error("[plans] the plan worker failed", err);
  return { ok: false, reason: "broken", detail: err instanceof Error ? err.message : String(err) };
}

async function readDocument(format: DocumentFormat, bytes: Uint8Array, limits: JobLimits): Promise<WorkerReply<PlanDocument>> {
  switch (format) {
    case "docx":
      return documentFrom(await runParseJob("docx-blocks", bytes, limits), docxDocument);
    case "xlsx":
      return documentFrom(await runParseJob("xlsx-sheets", bytes, limits), workbookDocument);
    case "pdf":
      return documentFrom(await runParseJob("pdf-items", bytes, limits), pdfPlanDocument);
    case "txt":
      return { ok: true, value: textDocument(decodeText(bytes)) };
  }
}

/** The reader's refusal as it is, or the document rebuilt from what it read. */
function documentFrom<T>({ reply }: { reply: WorkerReply<T> }, rebuild: (value: T) => PlanDocument): WorkerReply<PlanDocument> {
  return reply.ok ? { ok: true, value: rebuild(reply.value) } : reply;
}
