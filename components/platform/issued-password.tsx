import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import type { IssuedPassword as Issued } from "@/lib/platform/actions";

/** A one-time password, shown once: it lives only in this form's state and is gone on the next page load. */
export function IssuedPassword({ issued }: { issued: Issued }) {
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="issued-password">
      <p>
        账号 <strong data-testid="issued-username">{issued.username}</strong> 的一次性密码：
      </p>
      <p className="my-1 font-mono text-lg tracking-wider select-all" data-testid="one-time-password">
        {issued.oneTimePassword}
      </p>
      <p className="text-xs">只显示这一次，请现在交给本人；首次登录后须修改密码。</p>
    </div>
  );
}

/** The foot of a form that creates an account: its answer, the new account's one-time password, and the submit button. */
export function IssuingFormFooter({
  state,
  pending,
  label,
  pendingLabel,
}: {
  state: ActionResult<Issued> | null;
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <>
      <FormMessage state={state} />
      {state?.ok && <IssuedPassword issued={state.data} />}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? pendingLabel : label}
      </Button>
    </>
  );
}
