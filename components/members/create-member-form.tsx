"use client";

import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useRetainingAction } from "@/components/ui/use-retaining-action";
import type { Role } from "@/lib/generated/prisma/enums";
import { createMemberAction } from "@/lib/members/actions";
import { RoleFields } from "./role-fields";

/** Keeps what was typed after a refusal; a success starts empty and shows the new account's one-time password, once. */
export function CreateMemberForm({ units }: { units: { id: string; name: string }[] }) {
  const { state, formAction, pending, typed, formKey } = useRetainingAction(createMemberAction);
  const errors = fieldErrors(state);
  return (
    <form key={formKey} action={formAction} className="space-y-3" noValidate>
      <TextField label="用户名" name="username" autoComplete="off" defaultValue={typed.username} errors={errors?.username} />
      <TextField label="姓名" name="displayName" defaultValue={typed.displayName} errors={errors?.displayName} />
      <RoleFields units={units} defaultRole={(typed.role as Role | undefined) ?? undefined} defaultUnitId={typed.orgUnitId} errors={errors} />
      <FormMessage state={state} />
      {state?.ok && (
        <p className="text-sm" data-testid="new-member-password">
          {state.data.username} 的一次性密码（只显示这一次，首次登录须修改）：
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono select-all">{state.data.password}</code>
        </p>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在创建…" : "创建账号"}
      </Button>
    </form>
  );
}
