"use client";
// 开启填报: staff pick one of the plan's periods and its deadline (the
// period's own until changed); the answer warns of tasks nobody reports on.
import Link from "@/components/ui/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { NONE, taskListHref } from "@/lib/plans/display/task-list-href";
import { openReportingPeriodAction } from "@/lib/reports/actions";

export interface PeriodChoice {
  startsOn: string;
  label: string;
  dueOn: string;
}

export function OpenPeriodForm({ planId, planTitle, periods, current }: { planId: string; planTitle: string; periods: PeriodChoice[]; current: string }) {
  const [state, action, pending] = useActionState(openReportingPeriodAction, null);
  const [startsOn, setStartsOn] = useState(current);
  const [dueOn, setDueOn] = useState(periods.find((p) => p.startsOn === current)?.dueOn ?? "");
  const errors = fieldErrors(state);
  const choose = (value: string) => {
    setStartsOn(value);
    setDueOn(periods.find((p) => p.startsOn === value)?.dueOn ?? "");
  };
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block text-xs text-slate-500">填报期</span>
          <select
            name="startsOn"
            value={startsOn}
            onChange={(e) => choose(e.target.value)}
            aria-invalid={errors?.startsOn ? true : undefined}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {periods.map((p) => (
              <option key={p.startsOn} value={p.startsOn}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-xs text-slate-500">截止日期</span>
          <input
            type="date"
            name="dueOn"
            value={dueOn}
            min={startsOn}
            onChange={(e) => setDueOn(e.target.value)}
            aria-invalid={errors?.dueOn ? true : undefined}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
          />
        </label>
        <Button type="submit" disabled={pending} aria-label={`开启本期填报：${planTitle}`} className="w-full sm:w-auto">
          {pending ? "正在开启…" : "开启本期填报"}
        </Button>
      </div>
      <FormMessage state={state} />
      {state?.ok && state.data.tasksWithoutUnit > 0 && (
        <Link href={taskListHref({ plan: state.data.planId, unit: NONE, role: "lead" })} className="text-sm text-brand-700 hover:underline">
          查看这 {state.data.tasksWithoutUnit} 项没有责任单位的任务
        </Link>
      )}
    </form>
  );
}
