import { z } from "zod";

const taskId = z.uuid({ error: "任务不存在" });
/** Staff name the unit they act for; a reporter's form leaves it out (their own unit). */
const orgUnitId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid({ error: "单位不存在" }).optional());
const reason = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 字` });

export const assignTaskSchema = z.object({
  taskId,
  orgUnitIds: z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : Array.isArray(v) ? v : [v]),
    z
      .array(z.uuid({ error: "单位不存在" }))
      .max(500)
      .optional(),
  ),
});

export const assignPlanSchema = z.object({ planId: z.uuid({ error: "规划不存在" }) });

export const acknowledgeSchema = z.object({ taskId, orgUnitId });

export const requestExtensionSchema = z.object({
  taskId,
  orgUnitId,
  requestedDueDate: z.iso.date({ error: "请选择新的完成时限" }),
  reason: reason("延期理由", 500),
});

export const requestClosingSchema = z.object({
  taskId,
  orgUnitId,
  reason: reason("完成情况", 2000),
  files: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.instanceof(File, { error: "请选择要上传的文件" })).max(50)),
});

export const decideRequestSchema = z.object({
  requestId: z.uuid({ error: "申请不存在" }),
  decision: z.enum(["approved", "rejected"], { error: "请选择同意或不同意" }),
  comment: z.string().trim().max(500, { error: "意见不能超过 500 字" }).default(""),
});
