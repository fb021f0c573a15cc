"use client";
// A draft task's deadline in the import review: the summary line (date, or
// 长期/持续, with 完成时限 as the document wrote it) and the inline editor
// (the text as written, a date input and an ongoing switch; the date is not
// re-read from an edited text: what the reviewer sets is what is stored).
import type { DraftTask } from "@/lib/plans/import/draft";
import { DEADLINE_LABELS } from "@/lib/vocabulary";
import { INPUT } from "./field-styles";

export function DraftDeadlineSummary({ task }: { task: DraftTask }) {
  const shown = task.dueDate ?? (task.ongoing ? DEADLINE_LABELS.ongoing : null);
  return (
    <p data-testid="draft-task-deadline">
      <span className="text-slate-500">{DEADLINE_LABELS.written} </span>
      {shown ?? (task.deadline ? <span className="text-amber-800">未识别出日期</span> : DEADLINE_LABELS.none)}
      {task.deadline && task.deadline !== shown ? <span className="text-slate-500">（原文：{task.deadline}）</span> : null}
    </p>
  );
}

export function DraftDeadlineEditor({
  task,
  onChange,
}: {
  task: DraftTask;
  onChange: (patch: Partial<Pick<DraftTask, "deadline" | "dueDate" | "ongoing">>) => void;
}) {
  return (
    <fieldset className="space-y-2 text-sm">
      <legend className="mb-1 font-medium text-slate-700">{DEADLINE_LABELS.written}</legend>
      <label className="block">
        <span className="mb-1 block text-slate-600">原文（如“2025年6月底前”）</span>
        <input value={task.deadline ?? ""} maxLength={500} onChange={(e) => onChange({ deadline: e.target.value || null })} className={INPUT} />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          <span className="shrink-0 text-slate-600">{DEADLINE_LABELS.dueDate}</span>
          <input
            type="date"
            value={task.dueDate ?? ""}
            disabled={task.ongoing}
            onChange={(e) => onChange({ dueDate: e.target.value || null, ongoing: false })}
            className={`${INPUT} w-44`}
          />
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={task.ongoing}
            onChange={(e) => onChange({ ongoing: e.target.checked, dueDate: e.target.checked ? null : task.dueDate })}
          />
          {DEADLINE_LABELS.ongoing}（无固定完成日期）
        </label>
      </div>
    </fieldset>
  );
}
