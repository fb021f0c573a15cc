// Which plan files are read, judged by the name alone so the upload form can
// answer before sending: formats with a reader are accepted, the ones a
// bureau really sends otherwise (.doc, .wps, .xls, .et …) are refused with the
// way to convert them. read-document.ts then checks the bytes.
import type { DocumentFormat } from "@/lib/plans/parser/blocks";
import { PLAN_FILE_MESSAGES as M } from "./plan-file-messages";

/** Formats with a reader, in the order the form lists them. */
export const PLAN_FILE_FORMATS: readonly DocumentFormat[] = ["docx", "xlsx", "pdf", "txt"];

export const PLAN_FILE_ACCEPT = PLAN_FILE_FORMATS.map((f) => `.${f}`).join(",");

export type PlanFileCheck = { ok: true; format: DocumentFormat } | { ok: false; message: string };

export function planFileFormat(fileName: string): PlanFileCheck {
  const ext = fileName.toLowerCase().match(/\.[^./\\]+$/)?.[0] ?? "";
  const format = PLAN_FILE_FORMATS.find((f) => ext === `.${f}`);
  if (format) return { ok: true, format };
  return { ok: false, message: M.legacy[ext] ?? M.unknown(ext, PLAN_FILE_FORMATS) };
}
