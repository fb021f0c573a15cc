"use client";

import { SMALL_DANGER } from "@/components/plans/editing/form-fields";
import { useFormAction } from "@/components/plans/editing/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { addMilestoneAction, deleteMilestoneAction, toggleMilestoneAction } from "@/lib/tasks/actions";

export interface MilestoneItem {
  id: string;
  title: string;
  dueDate: string | null;
  doneOn: string | null;
  overdue: boolean;
}

/** A task's milestones: done ones struck through, overdue ones red; staff tick, add and delete. */
export function MilestonesPanel({ taskId, milestones, canEdit }: { taskId: string; milestones: MilestoneItem[]; canEdit: boolean }) {
  return (
    <div className="space-y-3">
      {milestones.length === 0 ? (
        <p className="text-sm text-slate-500">{canEdit ? "暂无里程碑，可在下方添加" : "暂无里程碑"}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="task-milestones">
          {milestones.map((m) => (
            <MilestoneRow key={m.id} milestone={m} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit && <AddMilestoneForm taskId={taskId} />}
    </div>
  );
}

function MilestoneRow({ milestone: m, canEdit }: { milestone: MilestoneItem; canEdit: boolean }) {
  const toggle = useFormAction(toggleMilestoneAction);
  const remove = useFormAction(deleteMilestoneAction, { confirm: `确定删除里程碑“${m.title}”吗？` });
  // Success shows in the list itself; only refusals need words.
  const failures = [toggle.state, remove.state].filter((s) => s && !s.ok);
  const done = m.doneOn !== null;
  return (
    <li className="py-2" data-milestone-id={m.id}>
      <div className="flex items-start gap-2">
        {canEdit ? (
          <form {...toggle.form} className="shrink-0">
            <input type="hidden" name="milestoneId" value={m.id} />
            <input type="hidden" name="done" value={done ? "false" : "true"} />
            <button
              type="submit"
              disabled={toggle.pending}
              role="checkbox"
              aria-checked={done}
              aria-label={`${m.title}：${done ? "改为未完成" : "标记完成"}`}
              className="inline-flex size-9 items-center justify-center rounded-md border border-slate-300 bg-white text-base text-brand-700 hover:bg-slate-50 disabled:text-slate-500"
            >
              {done ? "✓" : ""}
            </button>
          </form>
        ) : (
          <span aria-hidden className="w-4 shrink-0 pt-0.5 text-center text-brand-700">
            {done ? "✓" : "·"}
          </span>
        )}
        <div className="min-w-0 flex-1 pt-0.5">
          <p className={`break-words ${done ? "text-slate-500 line-through" : m.overdue ? "text-red-600" : ""}`}>{m.title}</p>
          <p className={`text-xs ${m.overdue ? "text-red-600" : "text-slate-500"}`}>
            {done ? `完成于 ${m.doneOn}` : m.dueDate ? `截止 ${m.dueDate}${m.overdue ? "（已逾期）" : ""}` : "未设截止日期"}
          </p>
        </div>
        {canEdit && (
          <form {...remove.form} className="shrink-0">
            <input type="hidden" name="milestoneId" value={m.id} />
            <button type="submit" disabled={remove.pending} className={SMALL_DANGER} aria-label={`删除里程碑：${m.title}`}>
              删除
            </button>
          </form>
        )}
      </div>
      {failures.map((s, i) => (
        <div key={i} className="mt-2">
          <FormMessage state={s} />
        </div>
      ))}
    </li>
  );
}

function AddMilestoneForm({ taskId }: { taskId: string }) {
  const { state, pending, errors, form } = useFormAction(addMilestoneAction, { reset: true });
  return (
    <form {...form} className="space-y-2 border-t border-slate-100 pt-3" data-testid="milestone-form">
      <input type="hidden" name="taskId" value={taskId} />
      <TextField label="新里程碑" name="title" maxLength={100} placeholder="如：完成方案起草" errors={errors?.title} />
      <div className="flex items-end gap-2">
        <TextField label="截止日期（可选）" name="dueDate" type="date" errors={errors?.dueDate} className="min-w-0 flex-1" />
        <Button type="submit" disabled={pending} className="shrink-0">
          {pending ? "正在添加…" : "添加"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
