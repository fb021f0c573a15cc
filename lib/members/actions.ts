"use server";
// Server actions for the members page; each is one declaration through
// tenantAction (session, "members:manage", zod, tenant-scoped transaction).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { ACCOUNT_MESSAGES } from "@/lib/auth/messages";
import { createMember, endMemberSessions, resetMemberPassword, setMemberActive, updateMemberRole } from "./manage-members";
import { createMemberSchema, endMemberSessionsSchema, resetMemberPasswordSchema, setMemberActiveSchema, updateMemberRoleSchema } from "./schemas";

const manage = { permission: "members:manage" } as const;

const refreshed = (message: string) => () => {
  revalidatePath("/admin/members");
  return message;
};

export const createMemberAction = formAction(
  tenantAction({ ...manage, schema: createMemberSchema }, ({ tx, session, input }) => createMember(tx, session, input)),
  refreshed("已创建账号"),
);

export const updateMemberRoleAction = formAction(
  tenantAction({ ...manage, schema: updateMemberRoleSchema }, ({ tx, session, input }) => updateMemberRole(tx, session, input)),
  refreshed("已更新角色，该用户需重新登录"),
);

export const setMemberActiveAction = formAction(
  tenantAction({ ...manage, schema: setMemberActiveSchema }, ({ tx, session, input }) => setMemberActive(tx, session, input)),
  refreshed("已更新账号状态"),
);

export const resetMemberPasswordAction = formAction(
  tenantAction({ ...manage, schema: resetMemberPasswordSchema }, ({ tx, session, input }) => resetMemberPassword(tx, session, input)),
  refreshed("已重置密码，该用户需重新登录"),
);

export const endMemberSessionsAction = formAction(
  tenantAction({ ...manage, schema: endMemberSessionsSchema }, ({ tx, session, input }) => endMemberSessions(tx, session, input)),
  (ended) => ACCOUNT_MESSAGES.endedMember(ended),
);
