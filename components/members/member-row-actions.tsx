"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import type { Role } from "@/lib/generated/prisma/enums";
import { endMemberSessionsAction, resetMemberPasswordAction, setMemberActiveAction, updateMemberRoleAction } from "@/lib/members/actions";
import { RoleFields } from "./role-fields";

interface Member {
  membershipId: string;
  role: Role;
  orgUnitId: string | null;
  isActive: boolean;
}

export function MemberRowActions({ member, units }: { member: Member; units: { id: string; name: string }[] }) {
  const [roleState, roleAction, rolePending] = useActionState(updateMemberRoleAction, null);
  const [activeState, activeAction, activePending] = useActionState(setMemberActiveAction, null);
  const [passwordState, passwordAction, passwordPending] = useActionState(resetMemberPasswordAction, null);
  const [sessionsState, sessionsAction, sessionsPending] = useActionState(endMemberSessionsAction, null);
  return (
    <details className="w-full sm:w-auto">
      <summary className="cursor-pointer text-sm text-brand-700">管理</summary>
      <div className="mt-3 grid gap-4 rounded-lg bg-slate-50 p-3 sm:w-80">
        <form action={activeAction} className="space-y-2">
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <input type="hidden" name="active" value={member.isActive ? "false" : "true"} />
          <Button type="submit" variant={member.isActive ? "danger" : "secondary"} disabled={activePending}>
            {member.isActive ? "停用账号" : "启用账号"}
          </Button>
          <FormMessage state={activeState} />
        </form>
        <form action={sessionsAction} className="space-y-2">
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <p className="text-xs text-slate-500">在所有设备上退出登录；账号仍可再次登录。</p>
          <Button type="submit" variant="secondary" disabled={sessionsPending}>
            结束全部登录会话
          </Button>
          <FormMessage state={sessionsState} />
        </form>
        <form action={roleAction} className="space-y-2">
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <RoleFields units={units} defaultRole={member.role} defaultUnitId={member.orgUnitId} errors={fieldErrors(roleState)} />
          <Button type="submit" variant="secondary" disabled={rolePending}>
            保存角色
          </Button>
          <FormMessage state={roleState} />
        </form>
        <form action={passwordAction} className="space-y-2">
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <p className="text-xs text-slate-500">生成一次性密码，该用户用它登录后须设置新密码。</p>
          <Button type="submit" variant="secondary" disabled={passwordPending}>
            重置密码
          </Button>
          <FormMessage state={passwordState} />
          {passwordState?.ok && (
            <p className="text-sm" data-testid="one-time-password">
              一次性密码（只显示这一次）：<code className="rounded bg-white px-1.5 py-0.5 font-mono select-all">{passwordState.data.password}</code>
            </p>
          )}
        </form>
      </div>
    </details>
  );
}
