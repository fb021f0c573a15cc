"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { endAllMySessionsAction } from "@/lib/account/actions";

/** 退出所有设备: this session ends too, so a success goes to the sign-in page. */
export function EndAllSessionsButton() {
  const router = useRouter();
  const [state, action, pending] = useActionState(endAllMySessionsAction, null);
  useEffect(() => {
    if (state?.ok) router.replace("/login");
  }, [state, router]);
  return (
    <form action={action} className="space-y-2">
      <Button type="submit" variant="danger" disabled={pending}>
        退出所有设备
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
