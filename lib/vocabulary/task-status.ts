// A task's status (the words: 未启动/推进中/已完成/滞后/暂缓), in the
// order of the status select, the dashboard's counts and the briefing.
import type { TaskStatus } from "@/lib/generated/prisma/enums";

export const TASK_STATUSES = ["not_started", "in_progress", "completed", "delayed", "paused"] as const satisfies readonly TaskStatus[];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: "未启动",
  in_progress: "推进中",
  completed: "已完成",
  delayed: "滞后",
  paused: "暂缓",
};
