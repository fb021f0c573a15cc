"use client";
// A unit's period report: progress text, actuals and evidence, saved as a
// draft while typing (useReportDraft), kept on the device until submitted,
// and submitted once.
import { useRouter } from "next/navigation";
import { signInPath } from "@/lib/auth/sign-in-path";
import { AttachmentList, type AttachmentView } from "./attachment-list";
import { ConflictNotice } from "./conflict-notice";
import { ActualsSection, TextsSection, type IndicatorView } from "./report-form-fields";
import { ReportSubmitBar } from "./report-submit-bar";
import { useReportDraft, type DraftFields } from "./use-report-draft";

export type { IndicatorView } from "./report-form-fields";

export function ReportForm(props: {
  /** Whose copy on this device the form keeps (draft-local.ts). */
  userId: string;
  slotId: string;
  initial: DraftFields;
  version: number;
  lastSavedAt: string | null;
  indicators: IndicatorView[];
  attachments: AttachmentView[];
}) {
  const router = useRouter();
  const draft = useReportDraft({
    userId: props.userId,
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
      <TextsSection fields={fields} errors={errors} update={update} />

      <ActualsSection indicators={props.indicators} actuals={fields.actuals} confirmed={fields.confirmed ?? {}} errors={errors} onChange={update} />

      <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-base font-semibold">佐证材料</h2>
        <AttachmentList slotId={props.slotId} initial={props.attachments} beforeUpload={draft.ensureReport} />
      </section>

      <ReportSubmitBar
        status={draft.status}
        submitError={draft.submitError}
        submitting={draft.submitting}
        // Signing in comes back to this form, where the device's copy restores the text.
        signInHref={draft.signedOut ? signInPath(`/reports/${props.slotId}`) : null}
        onSave={() => void draft.save({ force: true, auto: false })}
      />
    </form>
  );
}
