"use client";

import { ActiveToggleForm, RowActionForm, RowActions } from "@/components/ui/row-actions";
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
  const row = { membershipId: member.membershipId };
  return (
    <RowActions>
      <ActiveToggleForm action={setMemberActiveAction} hidden={row} isActive={member.isActive} labels={{ deactivate: "停用账号", activate: "启用账号" }} />
      <RowActionForm action={endMemberSessionsAction} hidden={row} note="在所有设备上退出登录；账号仍可再次登录。" label="结束全部登录会话" />
      <RowActionForm
        action={updateMemberRoleAction}
        hidden={row}
        fields={(errors) => <RoleFields units={units} defaultRole={member.role} defaultUnitId={member.orgUnitId} errors={errors} />}
        label="保存角色"
      />
      <RowActionForm
        action={resetMemberPasswordAction}
        hidden={row}
        note="生成一次性密码，该用户用它登录后须设置新密码。"
        label="重置密码"
        result={(data) => (
          <p className="text-sm" data-testid="one-time-password">
            一次性密码（只显示这一次）：<code className="rounded bg-white px-1.5 py-0.5 font-mono select-all">{data.password}</code>
          </p>
        )}
      />
    </RowActions>
  );
}
