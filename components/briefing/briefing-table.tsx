// The briefing's tables share one look on screen and on paper: a ruled grey
// head, rows that never break across pages.

const TH = "px-2 py-1.5 text-left font-medium";
/** Cell class of every briefing table. */
export const TD = "px-2 py-1.5 align-top";

export interface BriefingColumn {
  label: string;
  /** Short values (numbers, dates, a status) stay on one line. */
  nowrap?: boolean;
}

export function BriefingTable({ columns, children }: { columns: BriefingColumn[]; children: React.ReactNode }) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead className="border-y border-slate-400 bg-slate-50 text-xs text-slate-600">
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.nowrap ? `${TH} whitespace-nowrap` : TH}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">{children}</tbody>
    </table>
  );
}
