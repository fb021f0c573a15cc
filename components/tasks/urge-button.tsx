"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { urgeTaskAction } from "@/lib/tasks/actions";

export function UrgeButton({ taskId }: { taskId: string }) {
  const [state, action, pending] = useActionState(urgeTaskAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="taskId" value={taskId} />
      <input name="message" maxLength={200} placeholder="催办说明（可选）" className="min-h-10 w-full rounded-md border border-slate-300 px-3 text-sm" />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在发送…" : "催办"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
