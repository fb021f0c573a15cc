"use client";

import Link from "@/components/ui/link";
import { FormMessage } from "@/components/ui/form-message";
import { createSectionAction, createTaskAction, deleteSectionAction, moveSectionAction, renameSectionAction } from "@/lib/plans/editing/actions";
import { SMALL_BUTTON, SMALL_DANGER } from "./form-fields";
import { SingleFieldForm } from "./single-field-form";
import { useFormAction } from "./use-form-action";

type SectionRef = { id: string; title: string };

/** A section's title with move and delete; its tasks and children are rendered by the page. */
export function SectionHeader({ section, canUp, canDown }: { section: SectionRef; canUp: boolean; canDown: boolean }) {
  const move = useFormAction(moveSectionAction);
  const remove = useFormAction(deleteSectionAction, { confirm: `确定删除“${section.title}”吗？` });
  // Success shows in the tree itself; only refusals need words.
  const failures = [move.state, remove.state].filter((s) => s && !s.ok);
  return (
    <div data-section-id={section.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 flex-1 font-medium break-words">{section.title}</h3>
        <div className="flex shrink-0 gap-1">
          <form {...move.form} className="flex gap-1">
            <input type="hidden" name="sectionId" value={section.id} />
            <button type="submit" name="direction" value="up" disabled={!canUp || move.pending} className={SMALL_BUTTON} aria-label="上移" title="上移">
              ↑
            </button>
            <button type="submit" name="direction" value="down" disabled={!canDown || move.pending} className={SMALL_BUTTON} aria-label="下移" title="下移">
              ↓
            </button>
          </form>
          <form {...remove.form}>
            <input type="hidden" name="sectionId" value={section.id} />
            <button type="submit" disabled={remove.pending} className={SMALL_DANGER}>
              删除
            </button>
          </form>
        </div>
      </div>
      {failures.map((s, i) => (
        <div key={i} className="mt-2">
          <FormMessage state={s} />
        </div>
      ))}
    </div>
  );
}

/** Below a section's tasks: add a task, rename, add a subsection. */
export function SectionTools({ planId, section }: { planId: string; section: SectionRef }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700">添加任务 / 重命名 / 添加子部分</summary>
      <div className="mt-2 grid gap-4 rounded-lg bg-slate-50 p-3">
        <SingleFieldForm
          action={createTaskAction}
          hidden={{ sectionId: section.id }}
          label="新任务标题"
          submitLabel="添加任务"
          reset
          success={(data) => (
            <Link href={`/tasks/${data.taskId}/edit`} className="text-sm text-brand-700 underline">
              编辑刚添加的任务（措施、责任领导、单位、目标）→
            </Link>
          )}
        />
        <SingleFieldForm action={renameSectionAction} hidden={{ sectionId: section.id }} label="部分标题" defaultValue={section.title} submitLabel="重命名" />
        <SingleFieldForm
          action={createSectionAction}
          hidden={{ planId, parentId: section.id }}
          label="子部分标题"
          placeholder="如：（一）学前教育"
          submitLabel="添加子部分"
          reset
        />
      </div>
    </details>
  );
}
