// A bulletin on screen and on paper: the same content the .docx carries
// (lib/bulletin/official-docx.ts), as a sheet — 文号, title, addressee, body,
// headed sections with their tables, issuer and date. The PDF prints this.
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { OfficialDocumentContent, OfficialTable } from "@/lib/bulletin/official-docx";

export function OfficialSheet({ content, testId }: { content: OfficialDocumentContent; testId: string }) {
  return (
    <article
      className="mx-auto max-w-[52rem] space-y-3 rounded-xl border border-slate-200 bg-white p-6 font-serif leading-relaxed shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none"
      data-testid={testId}
    >
      <p className="text-center text-sm text-slate-700" data-testid="bulletin-number">
        {content.documentNumber}
      </p>
      <h1 className="text-center text-xl font-bold sm:text-2xl" data-testid="bulletin-title">
        {content.title}
      </h1>
      <p>{content.addressee}</p>
      {content.lead.map((p) => (
        <p key={p} className="indent-8">
          {p}
        </p>
      ))}
      {content.sections.map((s) => (
        <section key={s.heading} aria-label={s.heading} className="space-y-2">
          <h2 className="indent-8 font-sans font-semibold">{s.heading}</h2>
          {(s.paragraphs ?? []).map((p) => (
            <p key={p} className="indent-8">
              {p}
            </p>
          ))}
          {s.table && <SheetTable table={s.table} label={s.heading} />}
        </section>
      ))}
      <div className="pt-4 text-right">
        <p>{content.issuer}</p>
        <p>{content.dateText}</p>
      </div>
    </article>
  );
}

function SheetTable({ table, label }: { table: OfficialTable; label: string }) {
  return (
    <ScrollRegion label={label}>
      <table className="w-full border-collapse font-sans text-sm" aria-label={label}>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="whitespace-nowrap border border-slate-400 px-2 py-1.5 text-center font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="break-inside-avoid">
              {row.map((cell, j) => (
                <td
                  key={j}
                  className={`border border-slate-300 px-2 py-1.5 ${isFigure(cell) ? "text-center whitespace-nowrap tabular-nums" : "min-w-[6em] text-left"}`}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length === 0 && <p className="mt-1 text-sm text-slate-500">本期没有需要排名的单位。</p>}
    </ScrollRegion>
  );
}

/**
 * A rank, a count or a rate reads centred and never breaks; a name (a unit, a
 * leader) reads from the left and keeps six characters a line, so a phone
 * scrolls the table sideways rather than stacking 局/机/关 one per line.
 */
const isFigure = (cell: string) => /^[\d.,%—–-]*$/.test(cell);
