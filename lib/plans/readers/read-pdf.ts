// A .pdf plan document, in the plan worker: pdf.js has read the file (a PDF
// is not a zip, so there is no archive gate, but the worker's heap and time
// bounds apply), and its blocks are rebuilt here from positions.
import { UserFacingError } from "@/lib/errors";
import type { PdfItems } from "@/lib/files/parse-jobs";
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { PDF_MESSAGES } from "./pdf-messages";
import { pdfDocument } from "./pdf-layout";

/** Fewer characters than this per page on average is a scan with a stray stamp or page number, not a text layer. */
const MIN_CHARS_PER_PAGE = 5;

export function pdfPlanDocument(data: PdfItems): PlanDocument {
  const chars = data.items.reduce((n, item) => n + item.text.replace(/\s+/g, "").length, 0);
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, data.pages.length)) throw new UserFacingError(PDF_MESSAGES.scanned);
  return pdfDocument(data);
}
