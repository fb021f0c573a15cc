"use client";
import { useFormAction } from "@/components/plans/editing/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { applySuggestionsAction } from "@/lib/indicators/actions";

/** Re-runs the matcher over unmapped indicators, e.g. after the platform added a definition. */
export function ApplySuggestionsButton() {
  const { state, pending, form } = useFormAction(applySuggestionsAction);
  return (
    <form {...form} className="space-y-2">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在匹配…" : "为未对应指标生成建议"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
