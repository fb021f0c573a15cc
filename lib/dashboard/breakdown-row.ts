// One row of a breakdown table (a section, a lead unit, a leader) and the
// mapping from its SQL row. A null id is the group of tasks naming nobody.
import { completedShare, toStatusCounts, type StatusCountColumns, type StatusCounts } from "./status-counts";

export interface BreakdownRow {
  /** Section, org unit or person id; null for "not stated". */
  id: string | null;
  name: string;
  /** The plan a section belongs to (sections are per plan). */
  plan: { id: string; title: string } | null;
  counts: StatusCounts;
  completedShare: number;
}

export type BreakdownSqlRow = StatusCountColumns & { id: string | null; name: string | null; planId?: string | null; planTitle?: string | null };

export function toBreakdownRow(row: BreakdownSqlRow, fallbackName: string): BreakdownRow {
  const counts = toStatusCounts(row);
  return {
    id: row.id,
    name: row.name ?? fallbackName,
    plan: row.planId && row.planTitle ? { id: row.planId, title: row.planTitle } : null,
    counts,
    completedShare: completedShare(counts),
  };
}
