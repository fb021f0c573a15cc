// The briefing's tables share one look on screen and on paper: a ruled grey
// head, rows that never break across pages. On a phone's screen (below sm, never
// in print) a table turns into stacked cards: the head is hidden, each row is a
// card headed by its title cell, and every other cell reads "label  value" with
// its column's label (data-label) in front, so nothing scrolls sideways.

const TH = "px-2 py-1.5 text-left font-medium";
/** Cell class of every briefing table. */
const TD = "px-2 py-1.5 align-top";

const PHONE_TABLE = "max-sm:not-print:block";
const PHONE_ROW = "max-sm:not-print:block max-sm:not-print:py-2";
const PHONE_TITLE = "max-sm:not-print:block max-sm:not-print:px-0 max-sm:not-print:font-medium";
const PHONE_CELL =
  "max-sm:not-print:grid max-sm:not-print:grid-cols-[6rem_minmax(0,1fr)] max-sm:not-print:gap-2 max-sm:not-print:px-0 max-sm:not-print:py-0.5 max-sm:not-print:whitespace-normal max-sm:not-print:before:text-xs max-sm:not-print:before:leading-5 max-sm:not-print:before:text-slate-500 max-sm:not-print:before:content-[attr(data-label)]";

export interface BriefingColumn {
  label: string;
  /** Short values (numbers, dates, a status) stay on one line. */
  nowrap?: boolean;
}

export function BriefingTable({ columns, children }: { columns: BriefingColumn[]; children: React.ReactNode }) {
  return (
    <table className={`w-full border-collapse text-sm ${PHONE_TABLE}`}>
      <thead className="border-y border-slate-400 bg-slate-50 text-xs text-slate-600 max-sm:not-print:hidden">
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.nowrap ? `${TH} whitespace-nowrap` : TH}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={`divide-y divide-slate-200 ${PHONE_TABLE} max-sm:not-print:border-t max-sm:not-print:border-slate-400`}>{children}</tbody>
    </table>
  );
}

/** One row: a card of its own on a phone. */
export function BriefingRow({ testId, children }: { testId: string; children: React.ReactNode }) {
  return (
    <tr className={`break-inside-avoid ${PHONE_ROW}`} data-testid={testId}>
      {children}
    </tr>
  );
}

/** The row's title cell (the task, the indicator): the card's heading on a phone, without a label. */
export function BriefingTitleCell({ children }: { children: React.ReactNode }) {
  return <td className={`${TD} ${PHONE_TITLE}`}>{children}</td>;
}

/** A cell under its column's `label`; on a phone the label stands in front of the value. */
export function BriefingCell({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <td data-label={label} className={`${TD} ${className} ${PHONE_CELL}`}>
      <div>{children}</div>
    </td>
  );
}

/** The 序号 cell: its own column on paper and wide screens; on a phone the number leads the title instead (PhoneNumber). */
export function BriefingNumberCell({ number }: { number: number }) {
  return <td className={`${TD} tabular-nums max-sm:not-print:hidden`}>{number}</td>;
}

/** The task's number in front of its title, on a phone only (the 序号 column is hidden there). */
export function PhoneNumber({ number }: { number: number }) {
  return <span className="mr-1 hidden tabular-nums max-sm:not-print:inline">{number}.</span>;
}
