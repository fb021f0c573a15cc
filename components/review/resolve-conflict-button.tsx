"use client";
// 以此为准: the reviewer chooses the value that counts; the other differing
// values of the same definition and date are set aside (decision 0035).
import { useFormAction } from "@/components/plans/editing/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { resolveConflictAction } from "@/lib/indicators/actions";

export function ResolveConflictButton({ actualId, label }: { actualId: string; label: string }) {
  const { state, pending, form } = useFormAction(resolveConflictAction, { confirm: `确定以 ${label} 为准？其他不一致的数值将被搁置，不再计入。` });
  return (
    <form {...form} className="space-y-1">
      <input type="hidden" name="actualId" value={actualId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`以 ${label} 为准`}>
        {pending ? "处理中…" : "以此为准"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
