// What read-document.ts sends the plan worker: the format its name chose, the
// bytes, and the limits every parse job is bounded by.
import type { JobLimits } from "@/lib/files/parse-jobs";
import type { DocumentFormat } from "@/lib/plans/parser";

export interface PlanJob {
  format: DocumentFormat;
  bytes: Uint8Array;
  limits: JobLimits;
}
