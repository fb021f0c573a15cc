"use server";
// Server actions for the members page; each goes through tenantAction
// (session, permission, zod, tenant-scoped transaction).
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { ACCOUNT_MESSAGES } from "@/lib/auth/messages";
import { linkLeader, unlinkLeader } from "@/lib/org/link-leader";
import { importMembersSchema, runMembersImport, type MembersImportSummary } from "./import/run-import";
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
const importMembers = tenantAction({ permission: "members:manage", schema: importMembersSchema }, ({ tx, session, input }) =>
  runMembersImport(tx, session, input.file),
);
const link = tenantAction({ permission: "members:manage", schema: linkLeaderSchema }, ({ tx, session, input }) => linkLeader(tx, session, input));
const unlink = tenantAction({ permission: "members:manage", schema: unlinkLeaderSchema }, ({ tx, session, input }) => unlinkLeader(tx, session, input));

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
  return afterWrite(await resetPassword(input), "已重置密码：请把一次性密码告知该用户，其首次登录须修改密码");
}
export async function endMemberSessionsAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await endSessions(input);
  return result.ok ? { ...result, message: ACCOUNT_MESSAGES.endedMember(result.data) } : result;
}

/** Answers every row (created / updated / refused) and, once, the new accounts' one-time passwords. */
export async function importMembersAction(_prev: ActionResult<MembersImportSummary> | null, input: FormData): Promise<ActionResult<MembersImportSummary>> {
  const result = await importMembers(input);
  if (!result.ok) return result;
  revalidatePath(MEMBERS_PATH);
  revalidatePath("/people");
  return { ...result, message: result.data.message };
}
export async function linkLeaderAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await link(input);
  if (result.ok) revalidatePath("/people");
  return afterWrite(result, result.ok ? `已关联责任领导“${result.data.personName}”` : "");
}
export async function unlinkLeaderAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await unlink(input);
  if (result.ok) revalidatePath("/people");
  return afterWrite(result, result.ok ? `已取消关联责任领导“${result.data.personName}”` : "");
}
