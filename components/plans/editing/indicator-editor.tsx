"use client";

import { FormMessage } from "@/components/ui/form-message";
import { deleteIndicatorAction } from "@/lib/plans/editing/actions";
import { describeIndicator, type IndicatorValues } from "@/lib/plans/editing/describe-indicator";
import { SMALL_DANGER } from "./form-fields";
import { IndicatorForm } from "./indicator-form";
import { useFormAction } from "./use-form-action";

/** The plan's indicators (or a task's targets): list, edit in place, delete, add. */
export function IndicatorEditor({ planId, taskId, indicators }: { planId: string; taskId?: string; indicators: IndicatorValues[] }) {
  const noun = taskId ? "目标" : "指标";
  return (
    <div className="space-y-4">
      {indicators.length === 0 ? (
        <p className="text-sm text-slate-500">暂无{noun}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="indicator-list">
          {indicators.map((i) => (
            <IndicatorItem key={i.id} planId={planId} indicator={i} />
          ))}
        </ul>
      )}
      <details className="rounded-lg border border-dashed border-slate-300 p-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">添加{noun}</summary>
        <div className="mt-3">
          <IndicatorForm planId={planId} taskId={taskId} />
        </div>
      </details>
    </div>
  );
}

function IndicatorItem({ planId, indicator }: { planId: string; indicator: IndicatorValues }) {
  const remove = useFormAction(deleteIndicatorAction, { confirm: `确定删除“${indicator.name}”吗？` });
  return (
    <li className="px-3 py-2">
      <p className="text-sm font-medium break-words">{indicator.name}</p>
      <p className="text-xs text-slate-500">{describeIndicator(indicator)}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-sm text-brand-700">编辑</summary>
        <div className="mt-2 space-y-3 rounded-lg bg-slate-50 p-3">
          <IndicatorForm planId={planId} indicator={indicator} />
          <form {...remove.form}>
            <input type="hidden" name="indicatorId" value={indicator.id} />
            <button type="submit" disabled={remove.pending} className={SMALL_DANGER}>
              删除
            </button>
          </form>
          <FormMessage state={remove.state} />
        </div>
      </details>
    </li>
  );
}
