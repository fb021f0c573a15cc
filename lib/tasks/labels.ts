import type { TaskStatus } from "@/lib/generated/prisma/enums";

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: "未启动",
  in_progress: "推进中",
  completed: "已完成",
  delayed: "滞后",
  paused: "暂缓",
};
