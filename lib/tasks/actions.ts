"use server";
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { addMilestone } from "./add-milestone";
import { deleteMilestone } from "./delete-milestone";
import { addMilestoneSchema, deleteMilestoneSchema, toggleMilestoneSchema, updateTaskStatusSchema, urgeTaskSchema } from "./schemas";
import { toggleMilestone } from "./toggle-milestone";
import { updateTaskStatus } from "./update-task-status";
import { urgeTask } from "./urge-task";

const updateStatus = tenantAction({ permission: "tasks:update", schema: updateTaskStatusSchema }, ({ tx, session, input }) =>
  updateTaskStatus(tx, session, input),
);
const urge = tenantAction({ permission: "tasks:urge", schema: urgeTaskSchema }, ({ tx, session, input }) => urgeTask(tx, session, input));
const addMs = tenantAction({ permission: "tasks:update", schema: addMilestoneSchema }, ({ tx, session, input }) => addMilestone(tx, session, input));
const toggleMs = tenantAction({ permission: "tasks:update", schema: toggleMilestoneSchema }, ({ tx, session, input }) => toggleMilestone(tx, session, input));
const deleteMs = tenantAction({ permission: "tasks:update", schema: deleteMilestoneSchema }, ({ tx, session, input }) => deleteMilestone(tx, session, input));

type Input = FormData | Record<string, unknown>;
type Prev = ActionResult<unknown> | null;

function refreshTask<T extends { taskId: string }>(result: ActionResult<T>, message: string): ActionResult<T> {
  if (!result.ok) return result;
  revalidatePath(`/tasks/${result.data.taskId}`);
  return { ...result, message };
}

export async function updateTaskStatusAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await updateStatus(input);
  if (result.ok) revalidatePath("/", "layout");
  return result.ok ? { ...result, message: "已保存任务状态" } : result;
}

export async function urgeTaskAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await urge(input);
  return result.ok ? { ...result, message: `已向 ${result.data.units} 个单位的 ${result.data.people} 名填报员发送催办` } : result;
}

export async function addMilestoneAction(_prev: Prev, input: Input) {
  return refreshTask(await addMs(input), "已添加里程碑");
}

export async function toggleMilestoneAction(_prev: Prev, input: Input) {
  const result = await toggleMs(input);
  return refreshTask(result, result.ok && result.data.done ? "已标记完成" : "已改为未完成");
}

export async function deleteMilestoneAction(_prev: Prev, input: Input) {
  return refreshTask(await deleteMs(input), "已删除里程碑");
}
