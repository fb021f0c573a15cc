"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { AUDIT_MESSAGES } from "@/lib/audit/messages";
import { deletePlanAction } from "@/lib/plans/editing/actions";
import { FieldErrorText } from "./form-fields";
import { useFormAction } from "./use-form-action";

export function DeletePlanForm({ planId, taskCount, reportCount }: { planId: string; taskCount: number; reportCount: number }) {
  const router = useRouter();
  const { state, pending, errors, form } = useFormAction(deletePlanAction, { onSuccess: () => router.push("/plans") });
  return (
    <form {...form} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-slate-600">删除后，该规划的全部部分、{taskCount} 项任务及其措施、指标都将被删除，且无法恢复。</p>
      <p className="text-sm text-slate-600">{AUDIT_MESSAGES.deletionKept}</p>
      {reportCount > 0 && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" role="alert" data-testid="delete-plan-reports">
          该规划已收到 {reportCount} 份填报报告，它们的附件和指标实际值会一并删除。
        </p>
      )}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" className="mt-0.5 size-4" />
        <span>我确认删除该规划及其全部任务</span>
      </label>
      <FieldErrorText errors={errors?.confirm} />
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "正在删除…" : "删除规划"}
      </Button>
    </form>
  );
}
