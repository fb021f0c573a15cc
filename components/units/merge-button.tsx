"use client";
// One merge, as a button: "把 source 合并到 target". Used by the duplicate
// suggestions and the unit page; after it the source's page no longer exists,
// so a success goes to the surviving unit.
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import { mergeUnitsAction } from "@/lib/units/actions";
import type { MergeSummary } from "@/lib/units/merge-units";

export function MergeButton({ sourceId, targetId, label, goToTarget }: { sourceId: string; targetId: string; label: string; goToTarget?: boolean }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(async (prev: ActionResult<MergeSummary> | null, form: FormData) => {
    const result = await mergeUnitsAction(prev, form);
    if (result.ok && goToTarget) router.push(`/units/${result.data.targetId}`);
    return result;
  }, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="targetId" value={targetId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在合并…" : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
