"use client";
// The thread's buttons and forms (decision 0036): each posts hidden fields to
// one server action and shows its answer beside it.
import { useFormAction } from "@/components/plans/editing/use-form-action";
import { SelectField } from "@/components/plans/editing/form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import { carryOverAction } from "@/lib/plans/carry-over-actions";
import { addLinkAction, confirmLinkAction, removeLinkAction, suggestLinksAction } from "@/lib/thread/actions";

type ServerAction = (prev: ActionResult<unknown> | null, input: FormData) => Promise<ActionResult<unknown>>;

function ActionButton({
  action,
  hidden,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
  ariaLabel,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
  ariaLabel?: string;
}) {
  const { state, pending, form } = useFormAction(action, { confirm });
  return (
    <form {...form} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
        {pending ? pendingLabel : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function SuggestButton({ planId }: { planId: string }) {
  return <ActionButton action={suggestLinksAction} hidden={{ planId }} label="生成关联建议" pendingLabel="正在生成…" variant="primary" />;
}

export function ConfirmLinkButton({ linkId, target }: { linkId: string; target: string }) {
  return <ActionButton action={confirmLinkAction} hidden={{ linkId }} label="确认" pendingLabel="正在确认…" ariaLabel={`确认关联：${target}`} />;
}

export function RemoveLinkButton({ linkId, target }: { linkId: string; target: string }) {
  return (
    <ActionButton action={removeLinkAction} hidden={{ linkId }} label="移除" pendingLabel="正在移除…" variant="danger" ariaLabel={`移除关联：${target}`} />
  );
}

export function CarryOverButton({ planId, nextYear, count }: { planId: string; nextYear: number; count: number }) {
  return (
    <ActionButton
      action={carryOverAction}
      hidden={{ planId }}
      label={`结转到${nextYear}年`}
      pendingLabel="正在结转…"
      confirm={`将本计划 ${count} 项未完成的任务复制为${nextYear}年的新计划，确定吗？`}
    />
  );
}

export function AddLinkForm({ tasks, targets }: { tasks: { value: string; label: string }[]; targets: { value: string; label: string; planTitle: string }[] }) {
  const { state, pending, errors, form } = useFormAction(addLinkAction);
  const plans = [...new Set(targets.map((t) => t.planTitle))];
  return (
    <form {...form} className="space-y-3" data-testid="add-link-form">
      <SelectField label="本计划的任务" name="fromTaskId" options={tasks} errors={errors?.fromTaskId} />
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">推进的五年规划任务或指标</span>
        <select
          name="target"
          className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none sm:text-sm"
        >
          {plans.map((plan) => (
            <optgroup key={plan} label={plan}>
              {targets
                .filter((t) => t.planTitle === plan)
                .map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {errors?.target && <span className="mt-1 block text-xs text-red-600">{errors.target.join("；")}</span>}
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "正在关联…" : "关联"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
