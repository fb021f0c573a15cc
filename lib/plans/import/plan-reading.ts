// What reading a plan file gives: the document its reader rebuilt (blocks),
// the text the plan keeps as its source, and the parse of it. Made in the
// plan worker (plan-worker.ts), so it crosses a thread as plain data.
import type { ParsedPlan, PlanDocument } from "@/lib/plans/parser";

export interface PlanReading {
  document: PlanDocument;
  sourceText: string;
  parsed: ParsedPlan;
}
