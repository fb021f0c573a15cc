import type { ParsedPlan } from "@/lib/plans/parser/types";

/** What the import preview hands the review step; nothing has been written yet. */
export interface PlanImportPreview {
  fileName: string;
  parsed: ParsedPlan;
  /** The extracted document text; sent back on confirm so the import hashes and stores exactly it. */
  sourceText: string;
  /** Set when this tenant already holds a plan imported from the same text. */
  alreadyImported: { planId: string; title: string } | null;
  /** Set when the document's issuer is of another place than the importing bureau (issuer-check.ts). */
  issuerWarning: string | null;
}

export interface PlanImportResult {
  planId: string;
  replaced: boolean;
  tasks: number;
}
