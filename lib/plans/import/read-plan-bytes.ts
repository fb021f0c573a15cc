// The plan worker's work (plan-worker.ts): the file's reader (the parse job
// of its format), the document rebuilt from what the reader sent, and the
// parse. All of it runs in the worker, so a document whose layout or parse
// takes long or grows large is bounded like its reader, never the web
// process's event loop. Pure apart from the reader it calls.
import { UserFacingError } from "@/lib/errors";
import { runParseJob } from "@/lib/files/parse-job-runners.mjs";
import type { JobLimits, WorkerReply } from "@/lib/files/parse-jobs";
import { documentText, parsePlanDocument, textDocument, type DocumentFormat, type PlanDocument } from "@/lib/plans/parser";
import { pdfPlanDocument } from "@/lib/plans/readers/read-pdf";
import { decodeText } from "./decode-text";
import { docxDocument } from "./docx-document";
import type { PlanReading } from "./plan-reading";
import { workbookDocument } from "./xlsx/read-xlsx-plan";

export interface PlanJob {
  format: DocumentFormat;
  bytes: Uint8Array;
  limits: JobLimits;
}

export async function readPlanBytes({ format, bytes, limits }: PlanJob): Promise<WorkerReply<PlanReading>> {
  try {
    const read = await documentOf(format, bytes, limits);
    if (!read.ok) return read;
    const document = read.value;
    return { ok: true, value: { document, sourceText: documentText(document), parsed: parsePlanDocument(document) } };
  } catch (err) {
    if (err instanceof UserFacingError) return { ok: false, reason: "refused", detail: err.message };
    return { ok: false, reason: "broken", detail: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

async function documentOf(format: DocumentFormat, bytes: Uint8Array, limits: JobLimits): Promise<WorkerReply<PlanDocument>> {
  switch (format) {
    case "docx":
      return then(await runParseJob("docx-blocks", bytes, limits), docxDocument);
    case "xlsx":
      return then(await runParseJob("xlsx-sheets", bytes, limits), workbookDocument);
    case "pdf":
      return then(await runParseJob("pdf-items", bytes, limits), pdfPlanDocument);
    case "txt":
      return { ok: true, value: textDocument(decodeText(bytes)) };
  }
}

function then<T>({ reply }: { reply: WorkerReply<T> }, build: (value: T) => PlanDocument): WorkerReply<PlanDocument> {
  return reply.ok ? { ok: true, value: build(reply.value) } : reply;
}
