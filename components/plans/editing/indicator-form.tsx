"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { createIndicatorAction, updateIndicatorAction } from "@/lib/plans/editing/actions";
import type { IndicatorValues } from "@/lib/plans/editing/describe-indicator";
import { comparatorOptionLabel, COMPARATORS } from "@/lib/vocabulary";
import { SelectField } from "./form-fields";
import { useFormAction } from "./use-form-action";

/** Adds an indicator to a plan (or, with `taskId`, a target to a task); given `indicator`, edits it. */
export function IndicatorForm({ planId, taskId, indicator }: { planId: string; taskId?: string; indicator?: IndicatorValues }) {
  const [comparator, setComparator] = useState<string>(indicator?.comparator ?? "gte");
  const { state, pending, errors, form } = useFormAction(indicator ? updateIndicatorAction : createIndicatorAction, {
    reset: !indicator,
    onSuccess: () => {
      if (!indicator) setComparator("gte");
    },
  });
  const isRange = comparator === "range";
  return (
    <form {...form} className="space-y-3">
      {indicator ? <input type="hidden" name="indicatorId" value={indicator.id} /> : <input type="hidden" name="planId" value={planId} />}
      {!indicator && taskId && <input type="hidden" name="taskId" value={taskId} />}
      <div className="grid grid-cols-[minmax(0,1fr)_6rem] gap-3">
        <TextField label="指标名称" name="name" defaultValue={indicator?.name} placeholder="如：学前三年毛入园率" errors={errors?.name} />
        <TextField label="单位" name="unit" defaultValue={indicator?.unit ?? ""} placeholder="%" errors={errors?.unit} />
      </div>
      <SelectField
        label="目标类型"
        name="comparator"
        value={comparator}
        onChange={(e) => setComparator(e.target.value)}
        options={COMPARATORS.map((c) => ({ value: c, label: comparatorOptionLabel(c) }))}
        errors={errors?.comparator}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="基期值" name="baselineValue" inputMode="decimal" defaultValue={indicator?.baselineValue ?? ""} errors={errors?.baselineValue} />
        <TextField label="基期年份" name="baselineYear" inputMode="numeric" defaultValue={indicator?.baselineYear ?? ""} errors={errors?.baselineYear} />
      </div>
      <div className={`grid gap-3 ${isRange ? "grid-cols-3" : "grid-cols-2"}`}>
        <TextField
          label={isRange ? "目标下限" : "目标值"}
          name="targetValue"
          inputMode="decimal"
          defaultValue={indicator?.targetValue ?? ""}
          errors={errors?.targetValue}
        />
        {isRange && <TextField label="目标上限" name="targetMax" inputMode="decimal" defaultValue={indicator?.targetMax ?? ""} errors={errors?.targetMax} />}
        <TextField label="目标年份" name="targetYear" inputMode="numeric" defaultValue={indicator?.targetYear ?? ""} errors={errors?.targetYear} />
      </div>
      <FormMessage state={state} />
      <Button type="submit" variant={indicator ? "secondary" : "primary"} disabled={pending}>
        {pending ? "正在保存…" : indicator ? "保存指标" : taskId ? "添加目标" : "添加指标"}
      </Button>
    </form>
  );
}
