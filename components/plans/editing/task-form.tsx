"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { saveTaskAction } from "@/lib/plans/editing/actions";
import { TASK_CONFLICT_MESSAGE } from "@/lib/plans/editing/messages";
import type { SectionOption } from "@/lib/plans/display/section-helpers";
import { SelectField, SMALL_BUTTON, TextAreaField } from "./form-fields";
import { UnitRows } from "./unit-rows";
import { useFormAction } from "./use-form-action";

export interface TaskFormValues {
  id: string;
  version: number;
  title: string;
  number: number;
  sectionId: string;
  goal: string | null;
  measures: string[];
  leaders: string[];
  units: { name: string; role: string }[];
}

export function TaskForm({ task, sections }: { task: TaskFormValues; sections: SectionOption[] }) {
  const { state, pending, errors, form } = useFormAction(saveTaskAction);
  // The page re-renders with the new version after a save; the answer carries it too, in case it has not yet.
  const version = state?.ok ? Math.max(state.data.version, task.version) : task.version;
  const unitErrors = Object.entries(errors ?? {})
    .filter(([k]) => k.startsWith("units"))
    .map(([k, msgs]) => (/^units\.(\d+)/.test(k) ? `第 ${Number(k.split(".")[1]) + 1} 个单位：${msgs.join("；")}` : msgs.join("；")));
  return (
    <form {...form} className="space-y-4">
      <input type="hidden" name="taskId" value={task.id} />
      <input type="hidden" name="version" value={version} />
      <TextField label="任务标题" name="title" defaultValue={task.title} errors={errors?.title} />
      <div className="grid grid-cols-[5rem_minmax(0,1fr)] gap-3">
        <TextField label="序号" name="number" inputMode="numeric" defaultValue={task.number} errors={errors?.number} />
        <SelectField
          label="所属部分"
          name="sectionId"
          defaultValue={task.sectionId}
          options={sections.map((s) => ({ value: s.id, label: s.label }))}
          errors={errors?.sectionId}
        />
      </div>
      <TextAreaField label="目标" name="goal" rows={3} defaultValue={task.goal ?? ""} errors={errors?.goal} />
      <TextAreaField label="主要措施" hint="每行一条，空行忽略" name="measures" rows={6} defaultValue={task.measures.join("\n")} errors={errors?.measures} />
      <TextField
        label="责任领导"
        name="leaders"
        defaultValue={task.leaders.join("、")}
        placeholder="多个姓名用顿号、逗号或空格分隔"
        errors={errors?.leaders ?? Object.entries(errors ?? {}).find(([k]) => k.startsWith("leaders."))?.[1]}
      />
      <UnitRows initial={task.units} errors={unitErrors.length ? unitErrors : undefined} />
      <FormMessage state={state} />
      {state && !state.ok && state.message === TASK_CONFLICT_MESSAGE && (
        <button type="button" onClick={() => window.location.reload()} className={SMALL_BUTTON}>
          刷新页面（未保存的修改将丢失）
        </button>
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "正在保存…" : "保存任务"}
      </Button>
    </form>
  );
}
