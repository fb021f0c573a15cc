"use client";
// Publish / change what is shown / unpublish (lib/public/actions.ts).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { publishPlanAction, unpublishPlanAction } from "@/lib/public/actions";
import { PUBLIC_SHOW_LABELS } from "@/lib/vocabulary";

type Shown = { showTasks: boolean; showProgress: boolean; showIndicators: boolean; showLeaders: boolean };

export function PublishForm({ planId, published, values }: { planId: string; published: boolean; values: Shown }) {
  const [publishState, publish, publishing] = useActionState(publishPlanAction, null);
  const [unpublishState, unpublish, unpublishing] = useActionState(unpublishPlanAction, null);
  return (
    <div className="space-y-3">
      <form action={publish} className="space-y-3" data-testid="publish-form">
        <input type="hidden" name="planId" value={planId} />
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">公开内容</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {(Object.keys(PUBLIC_SHOW_LABELS) as (keyof Shown)[]).map((name) => (
              <label key={name} className="inline-flex min-h-9 items-center gap-2 text-sm">
                <input type="checkbox" name={name} defaultChecked={values[name]} className="h-4 w-4" />
                {PUBLIC_SHOW_LABELS[name]}
              </label>
            ))}
          </div>
        </fieldset>
        <FormMessage state={publishState} />
        <Button type="submit" disabled={publishing}>
          {publishing ? "正在保存…" : published ? "保存公开内容" : "公开这份规划"}
        </Button>
      </form>
      {published && (
        <form action={unpublish}>
          <input type="hidden" name="planId" value={planId} />
          <FormMessage state={unpublishState} />
          <Button type="submit" variant="danger" disabled={unpublishing}>
            {unpublishing ? "正在取消…" : "取消公开"}
          </Button>
        </form>
      )}
    </div>
  );
}
