"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { replySlipAction } from "@/lib/supervision/slips/actions";

/** The unit's answer to a 督办单 (its reporter, or staff on its behalf): once. */
export function SlipReplyForm({ slipId, onBehalfOf }: { slipId: string; onBehalfOf: string | null }) {
  const [state, action, pending] = useActionState(replySlipAction, null);
  const errors = fieldErrors(state)?.reply;
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slipId" value={slipId} />
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{onBehalfOf ? `代${onBehalfOf}回复` : "回复内容"}</span>
        <textarea
          name="reply"
          required
          maxLength={2000}
          rows={6}
          placeholder="办理情况、存在问题及下一步措施"
          aria-invalid={errors?.length ? true : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm"
        />
        {errors?.length ? <span className="mt-1 block text-xs text-red-600">{errors.join("；")}</span> : null}
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "正在提交…" : "提交回复"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
