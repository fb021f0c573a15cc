"use server";
// Unit register server actions, each through tenantAction (session,
// permission, zod, one tenant transaction).
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { groupMembersSchema } from "./schemas";
import { setGroupMembers } from "./set-group-members";

const saveGroupMembers = tenantAction({ permission: "units:manage", schema: groupMembersSchema }, ({ tx, session, input }) =>
  setGroupMembers(tx, session, input),
);

export async function saveGroupMembersAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await saveGroupMembers(input);
  if (!result.ok) return result;
  revalidatePath(`/units/${result.data.groupId}`);
  return { ...result, message: `已保存，现有成员单位 ${result.data.memberCount} 个；新成员在下次开启填报期（每日自动）时获得填报任务` };
}
