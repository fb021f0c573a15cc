"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { TASK_STATUS_LABELS, TASK_STATUSES } from "@/lib/vocabulary";
import { updateTaskStatusAction } from "@/lib/tasks/actions";
import { LabelOptions } from "@/components/ui/label-options";

interface Props {
  taskId: string;
  status: TaskStatus;
  progress: number;
  dueDate: string;
  version: number;
}

export function TaskStatusPanel(props: Props) {
  const [state, action, pending] = useActionState(updateTaskStatusAction, null);
  const errors = fieldErrors(state);
  // After a save the page re-renders with the new version; until then keep ours.
  const version = state?.ok ? (state.data as { version: number }).version : props.version;
  return (
    <form action={action} className="space-y-3" data-testid="task-status-form">
      <input type="hidden" name="taskId" value={props.taskId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid grid-cols-2 gap-3">
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">状态</span>
          <select name="status" defaultValue={props.status} className="min-h-10 w-full rounded-md border border-slate-300 bg-white px-2">
            <LabelOptions values={TASK_STATUSES} labels={TASK_STATUS_LABELS} />
          </select>
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">进度（%）</span>
          <input
            name="progress"
            type="number"
            min={0}
            max={100}
            defaultValue={props.progress}
            inputMode="numeric"
            className="min-h-10 w-full rounded-md border border-slate-300 px-3"
          />
          {errors?.progress && <span className="mt-1 block text-xs text-red-600">{errors.progress.join("；")}</span>}
        </label>
      </div>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">计划完成日期</span>
        <input name="dueDate" type="date" defaultValue={props.dueDate} className="min-h-10 w-full rounded-md border border-slate-300 px-3" />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">说明（可选）</span>
        <input name="note" maxLength={500} className="min-h-10 w-full rounded-md border border-slate-300 px-3" placeholder="例如：已召开部署会" />
      </label>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存状态"}
      </Button>
    </form>
  );
}
