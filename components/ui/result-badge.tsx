// The colours an import's row outcome is shown in, the same on every import
// page: green added, sky updated, red refused, grey skipped.
import type { ReactNode } from "react";

export const RESULT_TONES = {
  added: "bg-green-50 text-green-800",
  updated: "bg-sky-50 text-sky-800",
  refused: "bg-red-50 text-red-700",
  skipped: "bg-slate-100 text-slate-600",
} as const;

/** The outcomes of an import that creates or updates rows by a natural key (schools, accounts). */
export const UPSERT_OUTCOME_TONES = { created: RESULT_TONES.added, updated: RESULT_TONES.updated, refused: RESULT_TONES.refused } as const;

export function ResultBadge({ className, children }: { className: string; children: ReactNode }) {
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${className}`}>{children}</span>;
}
