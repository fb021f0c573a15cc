// An import's row-by-row answer: the row number in the file, the caller's own
// columns, the outcome as a coloured badge and the reason (why a row was
// refused or skipped).
import type { ReactNode } from "react";
import { ResultBadge } from "./result-badge";
import { TableHead } from "./table-head";

export function ImportResultTable<R extends { row: number; reason?: string | null }>({
  rows,
  columns,
  cells,
  outcome,
  ariaLabel,
}: {
  rows: R[];
  /** Labels of the caller's columns, between 行号 and 结果. */
  columns: readonly string[];
  /** The caller's cells (one <td> per column) for a row. */
  cells: (row: R) => ReactNode;
  outcome: (row: R) => { label: string; className: string };
  ariaLabel?: string;
}) {
  return (
    <table className="min-w-full text-left text-sm" aria-label={ariaLabel}>
      <TableHead labels={["行号", ...columns, "结果", "说明"]} className="border-b border-slate-200 text-slate-500" cellClassName="px-2 py-2 font-medium" />
      <tbody>
        {rows.map((r) => (
          <tr key={r.row} className="border-b border-slate-100 align-top">
            <td className="px-2 py-2 tabular-nums">{r.row}</td>
            {cells(r)}
            <td className="px-2 py-2">
              <ResultBadge className={outcome(r).className}>{outcome(r).label}</ResultBadge>
            </td>
            <td className="px-2 py-2">{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
