"use client";

import { memo, useState } from "react";
import { splitNames, type DraftTask } from "@/lib/plans/import/draft";
import { describeSource } from "@/lib/plans/import/source-label";
import { formatTarget } from "@/lib/format";
import { COMPARATOR_FROM_API, UNIT_ROLE_LABELS } from "@/lib/vocabulary";
import type { ParseWarning } from "@/lib/plans/parser/types";
import { DraftTargetsEditor } from "./draft-targets-editor";
import { DraftUnitsEditor } from "./draft-units-editor";
import { DraftDeadlineEditor, DraftDeadlineSummary } from "./draft-deadline";
import { DraftStatusEditor, DraftStatusSummary } from "./draft-status";
import { INPUT, SMALL_BUTTON } from "./field-styles";
import { NumberedTitle } from "@/components/plans/numbered-title";

export type TaskUpdater = (key: string, update: (task: DraftTask) => DraftTask) => void;

/**
 * One parsed task, collapsed to a summary; "编辑" opens inline corrections.
 * Memoised so typing in one card does not re-render a 100-task plan.
 */
export const DraftTaskCard = memo(function DraftTaskCard({
  task,
  warnings,
  onUpdate,
  selected,
  onToggle,
}: {
  task: DraftTask;
  warnings: ParseWarning[];
  onUpdate: TaskUpdater;
  selected: boolean;
  onToggle: (key: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [leadersText, setLeadersText] = useState(() => task.leaders.join("、"));
  // What was typed, unless the leaders changed from outside (a bulk assignment): then the list itself.
  const leadersShown = splitNames(leadersText).join("、") === task.leaders.join("、") ? leadersText : task.leaders.join("、");
  const update = (patch: Partial<DraftTask>) => onUpdate(task.key, (t) => ({ ...t, ...patch }));
  return (
    <li className={`rounded-lg border bg-white p-3 ${warnings.length ? "border-amber-300" : "border-slate-200"}`} data-testid="draft-task">
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 items-start gap-2">
          <input
            type="checkbox"
            checked={selected}
            onChange={() => onToggle(task.key)}
            aria-label={`选择任务：${task.number} ${task.title}`}
            className="mt-1 size-4 shrink-0"
          />
          <span className="min-w-0 font-medium break-words">
            <NumberedTitle
              number={task.number}
              title={<span data-testid="draft-task-title">{task.title || <span className="text-red-600">（标题为空）</span>}</span>}
            />
          </span>
        </div>
        <button type="button" className={SMALL_BUTTON} aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
          {editing ? "完成" : "编辑"}
        </button>
      </div>
      <div className="mt-1 space-y-1 text-xs text-slate-600">
        <p className="text-slate-500" data-testid="draft-task-source">
          原文位置：{describeSource(task.source)}
        </p>
        <p>
          <span className="text-slate-500">责任领导 </span>
          {task.leaders.length ? task.leaders.join("、") : "未识别"}
        </p>
        <p className="break-words">
          <span className="text-slate-500">责任单位 </span>
          {task.units.length ? task.units.map((u) => `${u.name || "（空）"}（${UNIT_ROLE_LABELS[u.role]}）`).join("、") : "未识别"}
        </p>
        <DraftDeadlineSummary task={task} />
        <DraftStatusSummary task={task} />
        {task.milestones?.length ? (
          <p className="break-words" data-testid="draft-task-milestones">
            <span className="text-slate-500">里程碑 </span>
            {task.milestones.map((m) => `${m.deadline}：${m.title}`).join("；")}
          </p>
        ) : null}
        {task.targets.length > 0 && (
          <p className="flex flex-wrap gap-1">
            {task.targets.map((t) => (
              <span key={t.key} className="rounded-full bg-emerald-50 px-2 py-0.5 text-emerald-800">
                {t.text}{" "}
                {Number.isFinite(t.value)
                  ? formatTarget({ comparator: COMPARATOR_FROM_API[t.comparator], targetValue: t.value, targetMax: t.max, unit: t.unit })
                  : "?"}
                {t.year ? ` · ${t.year}年` : ""}
              </span>
            ))}
          </p>
        )}
        {warnings.map((w, i) => (
          <p key={i} className="text-amber-800">
            ⚠ 第 {w.line} 行：{w.message}
          </p>
        ))}
      </div>
      {editing && (
        <div className="mt-3 space-y-3 border-t border-slate-100 pt-3">
          <label className="block text-sm">
            <span className="mb-1 block font-medium text-slate-700">任务标题</span>
            <input value={task.title} maxLength={500} onChange={(e) => update({ title: e.target.value })} className={INPUT} />
          </label>
          <label className="block text-sm">
            <span className="mb-1 block font-medium text-slate-700">责任领导（用“、”或逗号分隔）</span>
            <input
              value={leadersShown}
              onChange={(e) => {
                setLeadersText(e.target.value);
                update({ leaders: splitNames(e.target.value) });
              }}
              className={INPUT}
            />
          </label>
          <DraftUnitsEditor units={task.units} onChange={(units) => update({ units })} />
          <DraftDeadlineEditor task={task} onChange={update} />
          <DraftStatusEditor task={task} onChange={update} />
          <DraftTargetsEditor targets={task.targets} onChange={(targets) => update({ targets })} />
          {task.measures.length > 0 && (
            <details className="text-xs text-slate-600">
              <summary className="cursor-pointer">工作举措（{task.measures.length} 条，导入后可在任务编辑中修改）</summary>
              <ol className="mt-1 list-decimal space-y-1 pl-5">
                {task.measures.map((m, i) => (
                  <li key={i} className="break-words">
                    {m}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
    </li>
  );
});
