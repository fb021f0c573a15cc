"use client";

import { useActionState } from "react";
import { dismissSignInNoticeAction } from "@/lib/account/actions";

export function DismissNoticeButton() {
  const [state, action, pending] = useActionState(dismissSignInNoticeAction, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="min-h-9 rounded-md border border-amber-300 bg-white px-3 text-sm hover:bg-amber-100">
        知道了
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
