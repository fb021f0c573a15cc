"use server";
// A group unit's members (units:manage), one declaration through tenantAction
// (session, permission, zod, one tenant transaction).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { groupMembersSchema } from "./schemas";
import { setGroupMembers } from "./set-group-members";

export const saveGroupMembersAction = formAction(
  tenantAction({ permission: "units:manage", schema: groupMembersSchema }, ({ tx, session, input }) => setGroupMembers(tx, session, input)),
  ({ groupId, memberCount }) => {
    revalidatePath(`/units/${groupId}`);
    return `已保存，现有成员单位 ${memberCount} 个；新成员在下次开启填报期（每日自动）时获得填报任务`;
  },
);
