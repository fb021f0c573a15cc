"use client";
// A unit's period report: progress text, actuals and evidence, saved as a
// draft while typing (useReportDraft) and submitted once.
import { useRouter } from "next/navigation";
import { AttachmentList, type AttachmentView } from "./attachment-list";
import { ConflictNotice } from "./conflict-notice";
import { ActualsSection, Field, inputClass, ProgressField, type IndicatorView } from "./report-form-fields";
import { ReportSubmitBar } from "./report-submit-bar";
import { useReportDraft, type DraftFields } from "./use-report-draft";

export type { IndicatorView } from "./report-form-fields";

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
        <ProgressField value={fields.progress} error={errors.progress} onChange={(progress) => update({ progress })} />
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

      <ActualsSection indicators={props.indicators} actuals={fields.actuals} errors={errors} onChange={(actuals) => update({ actuals })} />

      <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold">佐证材料</h2>
        <AttachmentList slotId={props.slotId} initial={props.attachments} beforeUpload={draft.ensureReport} />
      </section>

      <ReportSubmitBar
        status={draft.status}
        submitError={draft.submitError}
        submitting={draft.submitting}
        onSave={() => void draft.save({ force: true, auto: false })}
      />
    </form>
  );
}
