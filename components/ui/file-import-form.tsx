// The .xlsx upload every import shares (ledger actuals, school register,
// accounts): one file field with its error, the form's message and a submit
// button that says it is busy. Each caller keeps its own action state, words
// and result table; this only draws the form.
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "./button";
import { fieldErrors, FormMessage } from "./form-message";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function FileImportForm({
  state,
  action,
  pending,
  label,
  errorId,
  submitLabel,
  buttonClassName,
  children,
}: {
  state: ActionResult<unknown> | null;
  action: (formData: FormData) => void;
  pending: boolean;
  label: string;
  /** Id of the file error, unique on the page (for aria-describedby). */
  errorId: string;
  submitLabel: string;
  buttonClassName?: string;
  /** Hidden inputs the action needs besides the file. */
  children?: ReactNode;
}) {
  const fileErrors = fieldErrors(state)?.file;
  return (
    <form action={action} className="space-y-3">
      {children}
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
  );
}
