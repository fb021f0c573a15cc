"use client";
// A list row's "管理" panel and the small forms in it (activate / deactivate,
// reset a password, rename, …): each form names its row by hidden fields, may
// say in a line what the button does, and shows the action's answer under the
// button — plus, where the action returns something to show once (a one-time
// password), whatever `result` draws from it.
import { useActionState, type ReactNode } from "react";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";
import { Button } from "./button";
import { fieldErrors, FormMessage } from "./form-message";

export function RowActions({ className = "gap-4 sm:w-80", children }: { className?: string; children: ReactNode }) {
  return (
    <details className="w-full sm:w-auto">
      <summary className="cursor-pointer text-sm text-brand-700">管理</summary>
      <div className={`mt-3 grid rounded-lg bg-slate-50 p-3 ${className}`}>{children}</div>
    </details>
  );
}

export function RowActionForm<T>({
  action,
  hidden,
  note,
  fields,
  label,
  variant = "secondary",
  result,
}: {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  /** Hidden inputs, in this order. */
  hidden: Record<string, string>;
  note?: string;
  fields?: (errors: FieldErrors | undefined) => ReactNode;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  result?: (data: T) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {note && <p className="text-xs text-slate-500">{note}</p>}
      {fields?.(fieldErrors(state))}
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      <FormMessage state={state} />
      {state?.ok && result?.(state.data)}
    </form>
  );
}

/** Deactivates an active row, activates an inactive one. */
export function ActiveToggleForm({
  action,
  hidden,
  isActive,
  labels,
  note,
}: {
  action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;
  hidden: Record<string, string>;
  isActive: boolean;
  labels: { deactivate: string; activate: string };
  note?: string;
}) {
  return (
    <RowActionForm
      action={action}
      hidden={{ ...hidden, active: isActive ? "false" : "true" }}
      note={note}
      label={isActive ? labels.deactivate : labels.activate}
      variant={isActive ? "danger" : "secondary"}
    />
  );
}
