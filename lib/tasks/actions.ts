"use server";
// Server actions of the task page: status, urging, milestones. Each is one
// declaration through tenantAction (session, permission, zod, one tenant transaction).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { addMilestone } from "./add-milestone";
import { deleteMilestone } from "./delete-milestone";
import { addMilestoneSchema, deleteMilestoneSchema, toggleMilestoneSchema, updateTaskStatusSchema, urgeTaskSchema } from "./schemas";
import { toggleMilestone } from "./toggle-milestone";
import { TaskStatusConflict, updateTaskStatus } from "./update-task-status";
import { urgeTask } from "./urge-task";
import { urgeResultMessage } from "@/lib/reports/urge-slots";

/** Revalidates the task's page and returns the message for its milestone list. */
const refreshTask =
  <T extends { taskId: string }>(message: string | ((data: T) => string)) =>
  (data: T) => {
    revalidatePath(`/tasks/${data.taskId}`);
    return typeof message === "function" ? message(data) : message;
  };

export const updateTaskStatusAction = formAction(
  tenantAction({ permission: "tasks:update", schema: updateTaskStatusSchema, conflict: TaskStatusConflict }, ({ tx, session, input }) =>
    updateTaskStatus(tx, session, input),
  ),
  () => {
    revalidatePath("/", "layout");
    return "已保存任务状态";
  },
);

export const urgeTaskAction = formAction(
  tenantAction({ permission: "tasks:urge", schema: urgeTaskSchema }, ({ tx, session, input }) => urgeTask(tx, session, input)),
  (d) => {
    revalidatePath("/", "layout");
    return urgeResultMessage(d);
  },
);

export const addMilestoneAction = formAction(
  tenantAction({ permission: "tasks:update", schema: addMilestoneSchema }, ({ tx, session, input }) => addMilestone(tx, session, input)),
  refreshTask("已添加里程碑"),
);

export const toggleMilestoneAction = formAction(
  tenantAction({ permission: "tasks:update", schema: toggleMilestoneSchema }, ({ tx, session, input }) => toggleMilestone(tx, session, input)),
  refreshTask((d) => (d.done ? "已标记完成" : "已改为未完成")),
);

export const deleteMilestoneAction = formAction(
  tenantAction({ permission: "tasks:update", schema: deleteMilestoneSchema }, ({ tx, session, input }) => deleteMilestone(tx, session, input)),
  refreshTask("已删除里程碑"),
);
