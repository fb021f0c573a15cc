"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { urgeLateSlotsAction } from "@/lib/reports/actions";

/** 一键催办: every late unit of the period at once (each at most once a day). */
export function UrgeLateButton({ periodId, overdue }: { periodId: string; overdue: number }) {
  const [state, action, pending] = useActionState(urgeLateSlotsAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="periodId" value={periodId} />
      <div className="flex flex-wrap gap-2">
        <input
          name="message"
          maxLength={200}
          placeholder="催办说明（可选）"
          aria-label="催办说明"
          className="min-h-10 min-w-0 flex-1 rounded-md border border-slate-300 px-3 text-sm"
        />
        <Button type="submit" variant="secondary" disabled={pending || overdue === 0}>
          {pending ? "正在发送…" : `一键催办（逾期 ${overdue}）`}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
