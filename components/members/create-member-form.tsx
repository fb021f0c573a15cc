"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { createMemberAction } from "@/lib/members/actions";
import { RoleFields } from "./role-fields";

export function CreateMemberForm({ units }: { units: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createMemberAction, null);
  const errors = fieldErrors(state);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField label="用户名" name="username" autoComplete="off" errors={errors?.username} />
      <TextField label="姓名" name="displayName" errors={errors?.displayName} />
      <TextField label="初始密码" name="password" type="password" autoComplete="new-password" errors={errors?.password} />
      <RoleFields units={units} errors={errors} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在创建…" : "创建账号"}
      </Button>
    </form>
  );
}
