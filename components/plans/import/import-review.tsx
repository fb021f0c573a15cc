"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import { allDraftTasks, describeIssuePath, type DraftPlan, type DraftTask } from "@/lib/plans/import/draft";
import type { PlanImportPreview } from "@/lib/plans/import/preview-types";
import type { ParseWarning } from "@/lib/plans/parser/types";
import { PERIOD_BASIS_LABELS } from "@/lib/vocabulary";
import { BulkAssignBar } from "./bulk-assign-bar";
import { DraftSectionList } from "./draft-section-list";
import type { TaskUpdater } from "./draft-task-card";
import { INPUT } from "./field-styles";
import { WarningsBox } from "./warnings-box";
import { formatPeriod } from "@/lib/format";

export function ImportReview({
  preview,
  draft,
  taskWarnings,
  onTitle,
  onUpdate,
  selected,
  onToggle,
  onSelectAll,
  onBulk,
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
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onSelectAll: (all: boolean) => void;
  onBulk: (update: (task: DraftTask) => DraftTask) => void;
  onConfirm: (replace: boolean) => void;
  onReset: () => void;
  importing: boolean;
  result: ActionResult<unknown> | null;
}) {
  const taskCount = allDraftTasks(draft.sections).length;
  return (
    <div className="space-y-5" data-testid="import-review">
      <DraftSummary fileName={preview.fileName} draft={draft} taskCount={taskCount} onTitle={onTitle} />

      {preview.alreadyImported && (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="already-imported">
          该文件已导入过（
          <Link href={`/plans/${preview.alreadyImported.planId}`} className="underline">
            《{preview.alreadyImported.title}》
          </Link>
          ）。如需用本次结果替换，请勾选下方“替换已导入的同一文件”。
        </p>
      )}

      {preview.issuerWarning && (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="issuer-warning">
          {preview.issuerWarning}
        </p>
      )}

      <WarningsBox warnings={draft.warnings} />

      {draft.projects.length > 0 && (
        <details className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="import-projects">
          <summary className="cursor-pointer font-medium">附件项目 {draft.projects.length} 个（不计入任务，导入后列在规划页“重点项目”中）</summary>
          <ul className="mt-2 space-y-1 text-xs text-slate-600">
            {draft.projects.map((p, i) => (
              <li key={i} className="break-words">
                {p.name}
                {p.investment ? ` · 总投资 ${p.investment}` : ""}
                {p.years ? ` · ${p.years}` : ""}
                {p.taskNumber !== null ? ` · 所属任务 ${p.taskNumber}` : ""}
              </li>
            ))}
          </ul>
        </details>
      )}

      {taskCount === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-500">
          未解析出任何任务，请确认文件内容是规划文本。
        </p>
      ) : (
        <>
          <BulkAssignBar selectedCount={selected.size} taskCount={taskCount} onSelectAll={onSelectAll} onApply={onBulk} />
          <DraftSectionList sections={draft.sections} warnings={taskWarnings} onUpdate={onUpdate} selected={selected} onToggle={onToggle} />
        </>
      )}

      <ConfirmBar canImport={taskCount > 0} importing={importing} result={result} onConfirm={onConfirm} onReset={onReset} />
    </div>
  );
}

function formatDraftPeriod(period: DraftPlan["period"]): string {
  if (!period) return "未识别（按今年）";
  return formatPeriod(period.startYear, period.endYear);
}

/** The editable title and what was recognised: period, 文号, task and indicator counts. */
function DraftSummary({ fileName, draft, taskCount, onTitle }: { fileName: string; draft: DraftPlan; taskCount: number; onTitle: (title: string) => void }) {
  const indicatorCount = draft.indicators.length + allDraftTasks(draft.sections).reduce((n, t) => n + t.targets.length, 0) + draft.targets.length;
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-xs text-slate-500">文件：{fileName}</p>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">规划标题</span>
        <input value={draft.title} maxLength={200} onChange={(e) => onTitle(e.target.value)} className={INPUT} />
      </label>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-500">期间</dt>
          <dd data-testid="import-period">
            {formatDraftPeriod(draft.period)}
            {draft.period && <span className="ml-1 text-xs text-slate-500">{PERIOD_BASIS_LABELS[draft.period.basis]}</span>}
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
          <dd>{indicatorCount} 项</dd>
        </div>
      </dl>
    </section>
  );
}

/** 确认导入 with the replace choice, and the import's errors by the draft field they concern. */
function ConfirmBar({
  canImport,
  importing,
  result,
  onConfirm,
  onReset,
}: {
  canImport: boolean;
  importing: boolean;
  result: ActionResult<unknown> | null;
  onConfirm: (replace: boolean) => void;
  onReset: () => void;
}) {
  const [replace, setReplace] = useState(false);
  const fieldErrors = result && !result.ok ? Object.entries(result.fieldErrors ?? {}) : [];
  return (
    <section className="sticky bottom-[var(--phone-bar-height,0px)] space-y-3 rounded-xl border border-slate-200 bg-white/95 p-4 shadow-sm backdrop-blur">
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
        <Button type="button" onClick={() => onConfirm(replace)} disabled={importing || !canImport}>
          {importing ? "正在导入…" : "确认导入"}
        </Button>
        <Button type="button" variant="secondary" onClick={onReset} disabled={importing}>
          重新选择文件
        </Button>
      </div>
    </section>
  );
}
