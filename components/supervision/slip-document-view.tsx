// A 督办单 in its official layout: title, number line, the fields, the body,
// the issuing bureau and date, and the unit's reply below. The same markup is
// what Chromium prints for the PDF (GET /api/v1/slips/{id}.pdf).
import { formatDate, formatDateTime } from "@/lib/format/date";
import { todayInChina } from "@/lib/reports/periods";
import type { SlipDocument } from "@/lib/supervision/slips/get-slip-document";
import { SLIP_FIELD_LABELS as L, SLIP_LEVEL_LABELS, SLIP_OVERDUE_LABEL } from "@/lib/vocabulary";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <tr className="border-b border-slate-300 last:border-b-0">
      <th scope="row" className="w-32 border-r border-slate-300 bg-slate-50 px-3 py-2 text-left font-semibold whitespace-nowrap print:bg-transparent">
        {label}
      </th>
      <td className="px-3 py-2">{children}</td>
    </tr>
  );
}

export function SlipDocumentView({ slip }: { slip: SlipDocument }) {
  return (
    <article
      className="mx-auto max-w-3xl rounded-xl border border-slate-200 bg-white px-6 py-8 font-serif shadow-sm print:border-0 print:shadow-none sm:px-12"
      data-testid="slip-document"
    >
      <h1 className="text-center text-3xl font-bold tracking-[0.5em]" data-testid="slip-title">
        {L.title}
      </h1>
      <p className="mt-3 border-b-2 border-red-700 pb-2 text-center" data-testid="slip-number">
        {slip.numberText}
      </p>
      <table className="mt-6 w-full border border-slate-300 text-sm">
        <tbody>
          <Field label={L.level}>{SLIP_LEVEL_LABELS[slip.level]}</Field>
          <Field label={L.unit}>{slip.unit.name}</Field>
          <Field label={L.task}>
            任务 {slip.task.number}：{slip.task.title}
            <span className="text-slate-500">（{slip.task.plan.title}）</span>
          </Field>
          <Field label={L.dueDate}>{formatDate(slip.task.dueDate) || "无明确时限"}</Field>
          <Field label={L.progress}>{slip.task.progress}%</Field>
          <Field label={L.replyBy}>
            {formatDate(slip.replyBy)}
            {slip.overdue && <span className="ml-2 font-medium text-red-700">{SLIP_OVERDUE_LABEL}</span>}
          </Field>
        </tbody>
      </table>
      <h2 className="mt-6 font-semibold">{L.body}</h2>
      <div className="mt-2 leading-8 whitespace-pre-wrap" data-testid="slip-body">
        {slip.body}
      </div>
      <div className="mt-8 text-right leading-8">
        <p>{slip.issuer}</p>
        <p>{formatDate(todayInChina(slip.issuedAt))}</p>
      </div>
      <section className="mt-8 border-t border-slate-300 pt-4" data-testid="slip-reply">
        <h2 className="font-semibold">{L.reply}</h2>
        {slip.reply && slip.repliedAt ? (
          <>
            <div className="mt-2 leading-8 whitespace-pre-wrap">{slip.reply}</div>
            <p className="mt-2 text-right text-sm text-slate-600">
              {slip.unit.name}
              {slip.repliedBy ? ` ${slip.repliedBy}` : ""} · {formatDateTime(slip.repliedAt)}
            </p>
          </>
        ) : (
          <p className="mt-2 text-slate-500">（尚未回复）</p>
        )}
      </section>
    </article>
  );
}
