"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { markAllInboxReadAction } from "@/lib/inbox/actions";

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const [state, action, pending] = useActionState(markAllInboxReadAction, null);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <Button type="submit" variant="secondary" disabled={disabled || pending}>
        {pending ? "处理中…" : "全部标为已读"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
