"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { AttachmentList, type AttachmentView } from "./attachment-list";
import { ConflictNotice } from "./conflict-notice";
import { formatClock } from "@/lib/format";
import { useReportDraft, type DraftFields, type SaveStatus } from "./use-report-draft";

export interface IndicatorView {
  id: string;
  name: string;
  unit: string | null;
  target: string;
}

const inputBase =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none aria-invalid:border-red-400";
const inputClass = `block w-full ${inputBase}`;

function StatusText({ status }: { status: SaveStatus }) {
  switch (status.kind) {
    case "saving":
      return <span className="text-slate-500">保存中…</span>;
    case "saved":
      return (
        <span className="text-green-700">
          {status.auto ? "已自动保存" : "已保存"} {formatClock(status.at)}
        </span>
      );
    case "adopted":
      return <span className="text-amber-700">已载入对方的内容</span>;
    case "dirty":
      return <span className="text-slate-500">有未保存的修改</span>;
    case "error":
      return <span className="text-red-600">{status.message}</span>;
    default:
      return <span className="text-slate-500">填写内容会自动保存</span>;
  }
}

function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string[]; children: React.ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">
        {label}
        {hint && <span className="ml-1 font-normal text-slate-400">{hint}</span>}
      </span>
      {children}
      {error?.length ? <span className="mt-1 block text-xs text-red-600">{error.join("；")}</span> : null}
    </label>
  );
}

export function ReportForm(props: {
  slotId: string;
  initial: DraftFields;
  version: number;
  lastSavedAt: string | null;
  indicators: IndicatorView[];
  attachments: AttachmentView[];
}) {
  const router = useRouter();
  const draft = useReportDraft({
    slotId: props.slotId,
    initial: props.initial,
    version: props.version,
    indicatorIds: props.indicators.map((i) => i.id),
    lastSavedAt: props.lastSavedAt,
  });
  const { fields, update, errors } = draft;
  const progress = Number(fields.progress);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await draft.submit();
    if (result.ok) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} onBlur={() => draft.isDirty() && void draft.save()} noValidate className="space-y-4" data-testid="report-form">
      {draft.conflict && <ConflictNotice conflict={draft.conflict} onAdopt={draft.adoptTheirs} onKeepMine={draft.keepMine} />}
      <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <Field label="工作进展" hint="必填" error={errors.summary}>
          <textarea
            name="summary"
            rows={6}
            maxLength={5000}
            value={fields.summary}
            onChange={(e) => update({ summary: e.target.value })}
            aria-invalid={errors.summary ? true : undefined}
            placeholder="本期完成了哪些工作、取得了什么成效"
            className={inputClass}
          />
        </Field>
        <div className="text-sm">
          <label htmlFor="progress" className="mb-1 block font-medium text-slate-700">
            进度 <span className="font-normal text-slate-400">0–100</span>
          </label>
          <div className="flex items-center gap-3">
            <input
              id="progress"
              name="progress"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={fields.progress}
              onChange={(e) => update({ progress: e.target.value })}
              aria-invalid={errors.progress ? true : undefined}
              className={`${inputBase} w-20 shrink-0 tabular-nums`}
            />
            <span className="text-slate-500">%</span>
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={Number.isFinite(progress) ? Math.min(100, Math.max(0, progress)) : 0}
              onChange={(e) => update({ progress: e.target.value })}
              aria-label="拖动调整进度"
              className="h-10 min-w-0 flex-1 accent-brand-600"
            />
          </div>
          {errors.progress && <p className="mt-1 text-xs text-red-600">{errors.progress.join("；")}</p>}
        </div>
        <Field label="存在问题" error={errors.problems}>
          <textarea
            name="problems"
            rows={3}
            maxLength={3000}
            value={fields.problems}
            onChange={(e) => update({ problems: e.target.value })}
            className={inputClass}
          />
        </Field>
        <Field label="下一步计划" error={errors.nextSteps}>
          <textarea
            name="nextSteps"
            rows={3}
            maxLength={3000}
            value={fields.nextSteps}
            onChange={(e) => update({ nextSteps: e.target.value })}
            className={inputClass}
          />
        </Field>
      </section>

      {props.indicators.length > 0 && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="actuals">
          <h2 className="text-base font-semibold">指标实际值</h2>
          <p className="-mt-2 text-xs text-slate-500">填写截至本期末的实际数值，不清楚的可留空。</p>
          {props.indicators.map((i) => {
            const err = errors[`actual:${i.id}`];
            return (
              <Field key={i.id} label={i.name} hint={`目标 ${i.target}`} error={err}>
                <span className="flex items-center gap-2">
                  <input
                    type="text"
                    inputMode="decimal"
                    value={fields.actuals[i.id] ?? ""}
                    onChange={(e) => update({ actuals: { ...fields.actuals, [i.id]: e.target.value } })}
                    aria-invalid={err ? true : undefined}
                    className={`${inputBase} w-40 min-w-0 tabular-nums`}
                  />
                  {i.unit && <span className="text-slate-500">{i.unit}</span>}
                </span>
              </Field>
            );
          })}
        </section>
      )}

      <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold">佐证材料</h2>
        <AttachmentList slotId={props.slotId} initial={props.attachments} beforeUpload={draft.ensureReport} />
      </section>

      <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border">
        {draft.submitError && (
          <p role="alert" className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {draft.submitError}
          </p>
        )}
        <div className="flex items-center gap-2">
          <p className="min-w-0 flex-1 text-xs" aria-live="polite" data-testid="save-status">
            <StatusText status={draft.status} />
          </p>
          <Button type="button" variant="secondary" disabled={draft.submitting} onClick={() => void draft.save({ force: true, auto: false })}>
            保存草稿
          </Button>
          <Button type="submit" disabled={draft.submitting}>
            {draft.submitting ? "提交中…" : "提交"}
          </Button>
        </div>
      </div>
    </form>
  );
}
