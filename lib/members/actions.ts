"use server";
// Server actions for the members page; each is one declaration through
// tenantAction (session, "members:manage", zod, tenant-scoped transaction).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { ACCOUNT_MESSAGES } from "@/lib/auth/messages";
import { linkLeader, unlinkLeader } from "@/lib/org/link-leader";
import { importMembersSchema, runMembersImport } from "./import/run-import";
import { createMember, endMemberSessions, resetMemberPassword, setMemberActive, updateMemberRole } from "./manage-members";
import {
  createMemberSchema,
  endMemberSessionsSchema,
  linkLeaderSchema,
  resetMemberPasswordSchema,
  setMemberActiveSchema,
  unlinkLeaderSchema,
  updateMemberRoleSchema,
} from "./schemas";

const manage = { permission: "members:manage" } as const;

/** Revalidates the members page (and the 责任领导 page, where links show) and returns the message. */
const refreshed =
  <T>(message: string | ((data: T) => string), alsoPeople = false) =>
  (data: T) => {
    revalidatePath("/admin/members");
    if (alsoPeople) revalidatePath("/people");
    return typeof message === "function" ? message(data) : message;
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
  refreshed("已重置密码：请把一次性密码告知该用户，其首次登录须修改密码"),
);

export const endMemberSessionsAction = formAction(
  tenantAction({ ...manage, schema: endMemberSessionsSchema }, ({ tx, session, input }) => endMemberSessions(tx, session, input)),
  (ended) => ACCOUNT_MESSAGES.endedMember(ended),
);

/** Answers every row (created / updated / refused) and, once, the new accounts' one-time passwords. */
export const importMembersAction = formAction(
  tenantAction({ ...manage, schema: importMembersSchema }, ({ tx, session, input }) => runMembersImport(tx, session, input.file)),
  refreshed((summary) => summary.message, true),
);

export const linkLeaderAction = formAction(
  tenantAction({ ...manage, schema: linkLeaderSchema }, ({ tx, session, input }) => linkLeader(tx, session, input)),
  refreshed((d) => `已关联责任领导“${d.personName}”`, true),
);

export const unlinkLeaderAction = formAction(
  tenantAction({ ...manage, schema: unlinkLeaderSchema }, ({ tx, session, input }) => unlinkLeader(tx, session, input)),
  refreshed((d) => `已取消关联责任领导“${d.personName}”`, true),
);
