"use client";
// The bureau's 督办 days: 亮灯's "due soon" window and the 签收 time limit.
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useRetainingAction } from "@/components/ui/use-retaining-action";
import type { SupervisionSettingsValues } from "@/lib/supervision/settings";
import { SETTINGS_BOUNDS } from "@/lib/supervision/settings-schema";
import { saveSupervisionSettingsAction } from "@/lib/supervision/settings-actions";

export function SupervisionSettingsForm({ values, canEdit }: { values: SupervisionSettingsValues; canEdit: boolean }) {
  const { state, formAction, pending, typed, formKey } = useRetainingAction(saveSupervisionSettingsAction);
  const errors = fieldErrors(state);
  return (
    <form key={formKey} action={formAction} className="max-w-md space-y-4" data-testid="supervision-settings-form">
      <fieldset disabled={!canEdit} className="space-y-4">
        <TextField
          label="临近时限天数（距完成时限不超过该天数亮黄灯）"
          name="dueSoonDays"
          type="number"
          inputMode="numeric"
          min={SETTINGS_BOUNDS.dueSoonDays.min}
          max={SETTINGS_BOUNDS.dueSoonDays.max}
          defaultValue={typed.dueSoonDays ?? values.dueSoonDays}
          errors={errors?.dueSoonDays}
        />
        <TextField
          label="签收时限天数（交办后超过该天数未签收提示）"
          name="ackDays"
          type="number"
          inputMode="numeric"
          min={SETTINGS_BOUNDS.ackDays.min}
          max={SETTINGS_BOUNDS.ackDays.max}
          defaultValue={typed.ackDays ?? values.ackDays}
          errors={errors?.ackDays}
        />
      </fieldset>
      <FormMessage state={state} />
      {canEdit ? (
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : "保存设置"}
        </Button>
      ) : (
        <p className="text-sm text-slate-500">仅本局管理员可以修改。</p>
      )}
    </form>
  );
}
