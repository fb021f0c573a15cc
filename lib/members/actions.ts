"use server";
// Server actions for the members page; each goes through tenantAction
// (session, permission, zod, tenant-scoped transaction).
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { ACCOUNT_MESSAGES } from "@/lib/auth/messages";
import { createMember, endMemberSessions, resetMemberPassword, setMemberActive, updateMemberRole } from "./manage-members";
import { createMemberSchema, endMemberSessionsSchema, resetMemberPasswordSchema, setMemberActiveSchema, updateMemberRoleSchema } from "./schemas";

const MEMBERS_PATH = "/admin/members";

const create = tenantAction({ permission: "members:manage", schema: createMemberSchema }, ({ tx, session, input }) => createMember(tx, session, input));
const updateRole = tenantAction({ permission: "members:manage", schema: updateMemberRoleSchema }, ({ tx, session, input }) =>
  updateMemberRole(tx, session, input),
);
const setActive = tenantAction({ permission: "members:manage", schema: setMemberActiveSchema }, ({ tx, session, input }) =>
  setMemberActive(tx, session, input),
);
const resetPassword = tenantAction({ permission: "members:manage", schema: resetMemberPasswordSchema }, ({ tx, session, input }) =>
  resetMemberPassword(tx, session, input),
);
const endSessions = tenantAction({ permission: "members:manage", schema: endMemberSessionsSchema }, ({ tx, session, input }) =>
  endMemberSessions(tx, session, input),
);

async function afterWrite<T>(result: ActionResult<T>, message: string): Promise<ActionResult<T>> {
  if (result.ok) revalidatePath(MEMBERS_PATH);
  return result.ok ? { ...result, message } : result;
}

export async function createMemberAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  return afterWrite(await create(input), "已创建账号");
}
export async function updateMemberRoleAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  return afterWrite(await updateRole(input), "已更新角色，该用户需重新登录");
}
export async function setMemberActiveAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  return afterWrite(await setActive(input), "已更新账号状态");
}
export async function resetMemberPasswordAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  return afterWrite(await resetPassword(input), "已重置密码，该用户需重新登录");
}
export async function endMemberSessionsAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await endSessions(input);
  return result.ok ? { ...result, message: ACCOUNT_MESSAGES.endedMember(result.data) } : result;
}
