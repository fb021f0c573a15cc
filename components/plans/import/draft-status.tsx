"use client";
// A draft task's status in the import review. A 整改清单 or 台账 may state
// one (整改状态：已完成); the task is then imported with it, and the reviewer
// can change or clear it before importing.
import type { DraftTask } from "@/lib/plans/import/draft";
import type { StatedStatus } from "@/lib/plans/parser/stated-status";
import { TASK_STATUS_LABELS } from "@/lib/vocabulary";
import { INPUT } from "./field-styles";

const CHOICES: ("" | StatedStatus)[] = ["", "in_progress", "delayed", "completed"];

export function DraftStatusSummary({ task }: { task: DraftTask }) {
  if (!task.status) return null;
  return (
    <p data-testid="draft-task-status">
      <span className="text-slate-500">导入后状态 </span>
      {TASK_STATUS_LABELS[task.status]}
      <span className="text-slate-500">（按文件标注）</span>
    </p>
  );
}

export function DraftStatusEditor({ task, onChange }: { task: DraftTask; onChange: (patch: Pick<DraftTask, "status">) => void }) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">导入后状态</span>
      <select
        value={task.status ?? ""}
        onChange={(e) => onChange({ status: (e.target.value || undefined) as StatedStatus | undefined })}
        className={`${INPUT} w-44`}
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {TASK_STATUS_LABELS[c || "not_started"]}
          </option>
        ))}
      </select>
    </label>
  );
}
