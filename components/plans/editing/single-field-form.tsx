"use client";
// One text field and a button: rename, add a section, add a task.
import type { ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/auth/action";
import { useFormAction } from "./use-form-action";

export function SingleFieldForm<T>({
  action,
  hidden,
  label,
  name = "title",
  defaultValue,
  placeholder,
  submitLabel,
  reset = false,
  success,
}: {
  action: (prev: ActionResult<unknown> | null, input: FormData) => Promise<ActionResult<T>>;
  hidden: Record<string, string>;
  label: string;
  name?: string;
  defaultValue?: string;
  placeholder?: string;
  submitLabel: string;
  reset?: boolean;
  success?: (data: T) => ReactNode;
}) {
  const { state, pending, errors, form } = useFormAction(action, { reset });
  return (
    <form {...form} className="space-y-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="flex items-end gap-2">
        <TextField label={label} name={name} defaultValue={defaultValue} placeholder={placeholder} errors={errors?.[name]} className="min-w-0 flex-1" />
        <button
          type="submit"
          disabled={pending}
          className="min-h-10 shrink-0 rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700 disabled:bg-slate-400"
        >
          {submitLabel}
        </button>
      </div>
      <FormMessage state={state} />
      {state?.ok && success?.(state.data)}
    </form>
  );
}
