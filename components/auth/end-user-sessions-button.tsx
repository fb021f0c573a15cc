"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { endUserSessionsAction } from "@/lib/account/actions";

/** The platform admin's 结束全部登录会话 for one account. */
export function EndUserSessionsButton({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(endUserSessionsAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        结束全部登录会话
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
