"use server";
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { updateTaskStatusSchema, urgeTaskSchema } from "./schemas";
import { updateTaskStatus } from "./update-task-status";
import { urgeTask } from "./urge-task";

const updateStatus = tenantAction({ permission: "tasks:update", schema: updateTaskStatusSchema }, ({ tx, session, input }) =>
  updateTaskStatus(tx, session, input),
);
const urge = tenantAction({ permission: "tasks:urge", schema: urgeTaskSchema }, ({ tx, session, input }) => urgeTask(tx, session, input));

export async function updateTaskStatusAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await updateStatus(input);
  if (result.ok) revalidatePath("/", "layout");
  return result.ok ? { ...result, message: "已保存任务状态" } : result;
}

export async function urgeTaskAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await urge(input);
  return result.ok ? { ...result, message: `已向 ${result.data.units} 个单位的 ${result.data.people} 名填报员发送催办` } : result;
}
