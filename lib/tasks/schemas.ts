import { z } from "zod";
import { TASK_STATUSES } from "@/lib/vocabulary";

export const updateTaskStatusSchema = z.object({
  taskId: z.uuid({ error: "任务不存在" }),
  status: z.enum(TASK_STATUSES, { error: "请选择状态" }),
  progress: z.coerce
    .number({ error: "请输入 0–100 的整数" })
    .int({ error: "请输入 0–100 的整数" })
    .min(0, { error: "进度不能为负数" })
    .max(100, { error: "进度不能超过 100" }),
  dueDate: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.iso.date({ error: "日期格式不正确" }).optional()),
  note: z.string().trim().max(500, { error: "说明不能超过 500 字" }).default(""),
  version: z.coerce.number().int().min(1),
});

export const urgeTaskSchema = z.object({
  taskId: z.uuid({ error: "任务不存在" }),
  message: z.string().trim().max(200, { error: "催办说明不能超过 200 字" }).default(""),
});

const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.iso.date({ error: "日期格式不正确" }).optional());

export const addMilestoneSchema = z.object({
  taskId: z.uuid({ error: "任务不存在" }),
  title: z.string({ error: "请填写里程碑名称" }).trim().min(1, { error: "请填写里程碑名称" }).max(100, { error: "里程碑名称不能超过 100 字" }),
  dueDate: optionalDate,
});

// The wanted state, not a flip: a double click or a retry lands where the user meant.
export const toggleMilestoneSchema = z.object({
  milestoneId: z.uuid({ error: "里程碑不存在" }),
  done: z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v), z.boolean({ error: "完成状态不正确" })),
});

export const deleteMilestoneSchema = z.object({ milestoneId: z.uuid({ error: "里程碑不存在" }) });
