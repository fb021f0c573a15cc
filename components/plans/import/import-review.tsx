"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import { allDraftTasks, describeIssuePath, type DraftPlan } from "@/lib/plans/import/draft";
import type { PlanImportPreview } from "@/lib/plans/import/preview-types";
import type { ParseWarning } from "@/lib/plans/parser/types";
import { PERIOD_BASIS_LABELS } from "@/lib/vocabulary";
import { DraftSectionList } from "./draft-section-list";
import type { TaskUpdater } from "./draft-task-card";
import { INPUT } from "./field-styles";
import { WarningsBox } from "./warnings-box";

export function ImportReview({
  preview,
  draft,
  taskWarnings,
  onTitle,
  onUpdate,
  onConfirm,
  onReset,
  importing,
  result,
}: {
  preview: PlanImportPreview;
  draft: DraftPlan;
  taskWarnings: Map<string, ParseWarning[]>;
  onTitle: (title: string) => void;
  onUpdate: TaskUpdater;
  onConfirm: (replace: boolean) => void;
  onReset: () => void;
  importing: boolean;
  result: ActionResult<unknown> | null;
}) {
  const [replace, setReplace] = useState(false);
  const taskCount = allDraftTasks(draft.sections).length;
  const fieldErrors = result && !result.ok ? Object.entries(result.fieldErrors ?? {}) : [];
  return (
    <div className="space-y-5" data-testid="import-review">
      <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <p className="text-xs text-slate-500">文件：{preview.fileName}</p>
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">规划标题</span>
          <input value={draft.title} maxLength={200} onChange={(e) => onTitle(e.target.value)} className={INPUT} />
        </label>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-500">期间</dt>
            <dd data-testid="import-period">
              {draft.period
                ? draft.period.startYear === draft.period.endYear
                  ? `${draft.period.startYear}年`
                  : `${draft.period.startYear}–${draft.period.endYear}`
                : "未识别（按今年）"}
              {draft.period && <span className="ml-1 text-xs text-slate-400">{PERIOD_BASIS_LABELS[draft.period.basis]}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">文号</dt>
            <dd className="break-all">{draft.documentNumber ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">任务</dt>
            <dd data-testid="import-task-count">{taskCount} 项</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">指标</dt>
            <dd>{draft.indicators.length + allDraftTasks(draft.sections).reduce((n, t) => n + t.targets.length, 0) + draft.targets.length} 项</dd>
          </div>
        </dl>
      </section>

      {preview.alreadyImported && (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="already-imported">
          该文件已导入过（
          <Link href={`/plans/${preview.alreadyImported.planId}`} className="underline">
            《{preview.alreadyImported.title}》
          </Link>
          ）。如需用本次结果替换，请勾选下方“替换已导入的同一文件”。
        </p>
      )}

      <WarningsBox warnings={draft.warnings} />

      {taskCount === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-500">
          未解析出任何任务，请确认文件内容是规划文本。
        </p>
      ) : (
        <DraftSectionList sections={draft.sections} warnings={taskWarnings} onUpdate={onUpdate} />
      )}

      <section className="sticky bottom-0 space-y-3 rounded-xl border border-slate-200 bg-white/95 p-4 shadow-sm backdrop-blur">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} className="size-4" />
          替换已导入的同一文件
        </label>
        <FormMessage state={result} />
        {fieldErrors.length > 0 && (
          <ul className="max-h-40 space-y-0.5 overflow-y-auto text-xs text-red-700">
            {fieldErrors.slice(0, 20).map(([path, messages]) => (
              <li key={path}>
                {describeIssuePath(path)}：{messages.join("；")}
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={() => onConfirm(replace)} disabled={importing || taskCount === 0}>
            {importing ? "正在导入…" : "确认导入"}
          </Button>
          <Button type="button" variant="secondary" onClick={onReset} disabled={importing}>
            重新选择文件
          </Button>
        </div>
      </section>
    </div>
  );
}
