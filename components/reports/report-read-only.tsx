import type { SlotDetail } from "@/lib/reports/queries/get-slot";
import type { IndicatorView } from "./report-form";
import { EvidenceFiles } from "./evidence-files";
import { PlausibilityFlag } from "./plausibility-flag";
import { formatDateTime } from "@/lib/format";

type Report = NonNullable<SlotDetail["slot"]["report"]>;

function TextBlock({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words whitespace-pre-wrap">{text || "—"}</dd>
    </div>
  );
}

const BANNERS = {
  submitted: { className: "border-amber-200 bg-amber-50 text-amber-900", text: "已提交，等待教育局审核" },
  approved: { className: "border-green-200 bg-green-50 text-green-800", text: "已通过审核" },
  returned: { className: "border-red-200 bg-red-50 text-red-800", text: "已退回，等待填报单位修改" },
  draft: { className: "border-slate-200 bg-slate-50 text-slate-700", text: "草稿，尚未提交" },
} as const;

export function ReportReadOnly({ report, indicators }: { report: Report; indicators: IndicatorView[] }) {
  const banner = BANNERS[report.status];
  const actual = new Map(report.actuals.map((a) => [a.indicatorId, a.value.toString()]));
  const note = new Map(report.actuals.map((a) => [a.indicatorId, a.plausibilityNote]));
  return (
    <div className="space-y-4">
      <p role="status" data-testid="report-status" className={`rounded-xl border px-4 py-3 text-sm font-medium ${banner.className}`}>
        {banner.text}
        {report.status === "approved" && report.reviewedAt && <span className="ml-1 font-normal">（{formatDateTime(report.reviewedAt)}）</span>}
        {report.status === "submitted" && report.submittedAt && <span className="ml-1 font-normal">（提交于 {formatDateTime(report.submittedAt)}）</span>}
      </p>
      {report.status === "approved" && report.reviewComment && (
        <p className="rounded-lg bg-green-50 px-3 py-2 text-sm break-words whitespace-pre-wrap text-green-900">审核意见：{report.reviewComment}</p>
      )}
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <dl className="space-y-3 text-sm">
          <TextBlock label="工作进展" text={report.summary} />
          <div>
            <dt className="text-xs text-slate-500">进度</dt>
            <dd className="mt-1 flex items-center gap-2">
              <span className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100">
                <span className="block h-full rounded-full bg-brand-600" style={{ width: `${report.progress}%` }} />
              </span>
              <span className="tabular-nums">{report.progress}%</span>
            </dd>
          </div>
          <TextBlock label="存在问题" text={report.problems} />
          <TextBlock label="下一步计划" text={report.nextSteps} />
        </dl>
      </section>
      {indicators.some((i) => actual.has(i.id)) && (
        <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-2 text-base font-semibold">指标实际值</h2>
          <ul className="space-y-1.5 text-sm">
            {indicators
              .filter((i) => actual.has(i.id))
              .map((i) => (
                <li key={i.id} className="flex flex-wrap justify-between gap-x-3">
                  <span className="min-w-0 break-words">{i.name}</span>
                  <span className="tabular-nums">
                    {Number(actual.get(i.id))}
                    {i.unit ?? ""} <span className="text-xs text-slate-500">目标 {i.target}</span>
                  </span>
                  <PlausibilityFlag note={note.get(i.id)} />
                </li>
              ))}
          </ul>
        </section>
      )}
      {report.attachments.length > 0 && (
        <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-2 text-base font-semibold">佐证材料</h2>
          <EvidenceFiles files={report.attachments} label="佐证材料" />
        </section>
      )}
    </div>
  );
}
