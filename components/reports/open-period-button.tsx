"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { openReportingPeriodAction } from "@/lib/reports/actions";

export function OpenPeriodButton({ planId, planTitle }: { planId: string; planTitle: string }) {
  const [state, action, pending] = useActionState(openReportingPeriodAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <Button type="submit" disabled={pending} aria-label={`开启本期填报：${planTitle}`} className="w-full sm:w-auto">
        {pending ? "正在开启…" : "开启本期填报"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
