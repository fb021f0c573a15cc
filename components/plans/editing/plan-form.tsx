"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { PlanFields } from "@/lib/plans/queries/plan-fields";
import { createPlanAction, updatePlanAction } from "@/lib/plans/editing/actions";
import { FREQUENCY_LABELS, PLAN_KIND_LABELS, PLAN_KINDS, REPORT_FREQUENCIES } from "@/lib/vocabulary";
import { SelectField } from "./form-fields";
import { useFormAction } from "./use-form-action";

export interface PlanFormValues extends PlanFields {
  reportingFrequency: string;
}

/** Creates a plan (then opens its editor) or, given `plan`, edits its fields. */
export function PlanForm({ plan }: { plan?: PlanFormValues }) {
  const router = useRouter();
  const year = new Date().getFullYear();
  const { state, pending, errors, form } = useFormAction(plan ? updatePlanAction : createPlanAction, {
    onSuccess: (data) => {
      if (!plan) router.push(`/plans/${data.planId}/edit`);
    },
  });
  return (
    <form {...form} className="space-y-3">
      {plan && <input type="hidden" name="planId" value={plan.id} />}
      <TextField label="规划标题" name="title" defaultValue={plan?.title} placeholder="如：金凤区教育局2025年教育工作要点" errors={errors?.title} />
      <SelectField
        label="规划类型"
        name="kind"
        defaultValue={plan?.kind ?? "work_points"}
        options={PLAN_KINDS.map((k) => ({ value: k, label: PLAN_KIND_LABELS[k] }))}
        errors={errors?.kind}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="起始年份" name="startYear" inputMode="numeric" defaultValue={plan?.startYear ?? year} errors={errors?.startYear} />
        <TextField label="截止年份" name="endYear" inputMode="numeric" defaultValue={plan?.endYear ?? year} errors={errors?.endYear} />
      </div>
      <div>
        <SelectField
          label="填报频次"
          name="reportingFrequency"
          defaultValue={plan?.reportingFrequency ?? "quarterly"}
          options={REPORT_FREQUENCIES.map((f) => ({ value: f, label: `${FREQUENCY_LABELS[f]}填报` }))}
          errors={errors?.reportingFrequency}
          aria-describedby="reporting-frequency-hint"
        />
        <p id="reporting-frequency-hint" className="mt-1 text-xs text-slate-500">
          各单位按此频次报送进展。修改后只影响此后开启的填报期，已开启的填报期不变。
        </p>
      </div>
      <TextField
        label="文号（可选）"
        name="documentNumber"
        defaultValue={plan?.documentNumber ?? ""}
        placeholder="如：金教发〔2025〕1号"
        errors={errors?.documentNumber}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "正在保存…" : plan ? "保存规划信息" : "创建规划"}
      </Button>
    </form>
  );
}
