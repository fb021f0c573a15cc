"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { deleteTaskAction } from "@/lib/plans/editing/actions";
import { useFormAction } from "./use-form-action";

export function DeleteTaskForm({ taskId, planId }: { taskId: string; planId: string }) {
  const router = useRouter();
  const { state, pending, form } = useFormAction(deleteTaskAction, {
    confirm: "确定删除该任务吗？其措施、责任领导、责任单位和目标都将一并删除。",
    onSuccess: () => router.push(`/plans/${planId}/edit`),
  });
  return (
    <form {...form} className="space-y-2">
      <input type="hidden" name="taskId" value={taskId} />
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "正在删除…" : "删除任务"}
      </Button>
    </form>
  );
}
