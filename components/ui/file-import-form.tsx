"use client";
// The .xlsx upload every import shares (ledger actuals, school register,
// accounts): one file field with its error, the form's message, a submit
// button that says it is busy, and — once the action has answered — the
// caller's own result table drawn from the answer.
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "./button";
import { fieldErrors, FormMessage } from "./form-message";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function FileImportForm<T>({
  action,
  hidden,
  intro,
  className = "space-y-3",
  label,
  errorId,
  submitLabel,
  buttonClassName,
  result,
}: {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  /** Hidden inputs the action needs besides the file. */
  hidden?: Record<string, string>;
  /** What stands above the form (instructions, template links). */
  intro?: ReactNode;
  className?: string;
  label: string;
  /** Id of the file error, unique on the page (for aria-describedby). */
  errorId: string;
  submitLabel: string;
  buttonClassName?: string;
  result: (data: T) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fileErrors = fieldErrors(state)?.file;
  return (
    <div className={className}>
      {intro}
      <form action={formAction} className="space-y-3">
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">{label}</span>
          <input
            type="file"
            name="file"
            required
            accept={XLSX_ACCEPT}
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={fileErrors?.length ? errorId : undefined}
            className="block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:text-sm"
          />
          {fileErrors?.length ? (
            <span id={errorId} className="mt-1 block text-xs text-red-600">
              {fileErrors.join("；")}
            </span>
          ) : null}
        </label>
        <FormMessage state={state} />
        <Button type="submit" disabled={pending} className={buttonClassName}>
          {pending ? "正在导入…" : submitLabel}
        </Button>
      </form>
      {state?.ok && result(state.data)}
    </div>
  );
}
