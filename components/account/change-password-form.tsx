"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { changeOwnPasswordAction } from "@/lib/account/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

/** The own-password form; `then` is where to go once it succeeds (the first sign-in's forced change goes home). */
export function ChangePasswordForm({ then }: { then?: string }) {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, null);
  const errors = fieldErrors(state);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok && then) router.replace(then);
  }, [state, then, router]);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="change-password-form">
      <TextField label="当前密码" name="currentPassword" type="password" autoComplete="current-password" errors={errors?.currentPassword} />
      <TextField
        label={`新密码（至少 ${MIN_PASSWORD_LENGTH} 位）`}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        errors={errors?.newPassword}
      />
      <TextField label="再次输入新密码" name="confirmPassword" type="password" autoComplete="new-password" errors={errors?.confirmPassword} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在保存…" : "修改密码"}
      </Button>
    </form>
  );
}
