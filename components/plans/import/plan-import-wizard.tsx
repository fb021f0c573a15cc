"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import { confirmPlanImportAction, previewPlanImportAction } from "@/lib/plans/import/actions";
import { updateTasks } from "@/lib/plans/import/bulk-assign";
import { allDraftTasks, draftProblems, fromDraft, toDraft, updateTask, warningsForTask, type DraftPlan, type DraftTask } from "@/lib/plans/import/draft";
import type { PlanImportPreview } from "@/lib/plans/import/preview-types";
import type { ParseWarning } from "@/lib/plans/parser/types";
import { ImportReview } from "./import-review";
import { UploadForm } from "./upload-form";

const FAILED: ActionResult<unknown> = { ok: false, message: "网络或服务器错误，请稍后重试" };

/** Task line ranges never change during review, so this runs once per preview. */
function warningsByTask(draft: DraftPlan): Map<string, ParseWarning[]> {
  const map = new Map<string, ParseWarning[]>();
  for (const t of allDraftTasks(draft.sections)) {
    const list = warningsForTask(t, draft.warnings);
    if (list.length) map.set(t.key, list);
  }
  return map;
}

/** Upload → review and correct → confirm. Nothing is stored until the confirm step. */
export function PlanImportWizard() {
  const router = useRouter();
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [draft, setDraft] = useState<DraftPlan | null>(null);
  const [taskWarnings, setTaskWarnings] = useState<Map<string, ParseWarning[]>>(() => new Map());
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [parsing, startParsing] = useTransition();
  const [importing, startImporting] = useTransition();

  const upload = (formData: FormData) => {
    setResult(null);
    startParsing(async () => {
      try {
        const r = await previewPlanImportAction(null, formData);
        // The upload has one field, so its error is the message to show.
        if (!r.ok) return setResult(r.fieldErrors?.file ? { ok: false, message: r.fieldErrors.file.join("；") } : r);
        const next = toDraft(r.data.parsed);
        setPreview(r.data);
        setDraft(next);
        setTaskWarnings(warningsByTask(next));
        setSelected(new Set());
      } catch {
        setResult(FAILED);
      }
    });
  };

  const onUpdate = useCallback((key: string, update: (task: DraftTask) => DraftTask) => {
    setDraft((d) => (d ? updateTask(d, key, update) : d));
  }, []);

  const onToggle = useCallback((key: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const onSelectAll = (all: boolean) => setSelected(all && draft ? new Set(allDraftTasks(draft.sections).map((t) => t.key)) : new Set());
  const onBulk = (update: (task: DraftTask) => DraftTask) => setDraft((d) => (d ? updateTasks(d, selected, update) : d));

  const confirm = (replace: boolean) => {
    if (!draft || !preview) return;
    const problems = draftProblems(draft);
    if (problems.length)
      return setResult({ ok: false, message: `请先修正：${problems.slice(0, 5).join("；")}${problems.length > 5 ? ` 等 ${problems.length} 处` : ""}` });
    setResult(null);
    startImporting(async () => {
      try {
        const r = await confirmPlanImportAction(null, { plan: fromDraft(draft), sourceText: preview.sourceText, replace });
        if (!r.ok) return setResult(r);
        setResult(r);
        router.push(`/plans/${r.data.planId}`);
      } catch {
        setResult(FAILED);
      }
    });
  };

  const reset = () => {
    setPreview(null);
    setDraft(null);
    setResult(null);
  };

  if (!preview || !draft) {
    return (
      <div className="max-w-xl space-y-3">
        <UploadForm onUpload={upload} pending={parsing} />
        <FormMessage state={result} />
      </div>
    );
  }
  return (
    <ImportReview
      preview={preview}
      draft={draft}
      taskWarnings={taskWarnings}
      onTitle={(title) => setDraft((d) => (d ? { ...d, title } : d))}
      onUpdate={onUpdate}
      selected={selected}
      onToggle={onToggle}
      onSelectAll={onSelectAll}
      onBulk={onBulk}
      onConfirm={confirm}
      onReset={reset}
      importing={importing}
      result={result}
    />
  );
}
