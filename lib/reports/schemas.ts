import { z } from "zod";

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 字` });

export const actualInputSchema = z.object({
  indicatorId: z.uuid({ error: "指标不存在" }),
  value: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().replace(/[,，%％]/g, "") : v),
    z.coerce
      .number({ error: "请输入数字" })
      .refine(Number.isFinite, { error: "请输入数字" })
      .refine((n) => Math.abs(n) < 1e13, { error: "数值过大" }),
  ),
  /** 我已核实该数值: the reporter confirms a value the plausibility rule flags (decision 0027). A form sends "on"/"true". */
  confirmed: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});

export const reportFieldsSchema = z.object({
  slotId: z.uuid({ error: "填报任务不存在" }),
  summary: text(5000, "工作进展"),
  progress: z.coerce
    .number({ error: "请输入 0–100 的整数" })
    .int({ error: "请输入 0–100 的整数" })
    .min(0, { error: "进度不能为负数" })
    .max(100, { error: "进度不能超过 100" }),
  problems: text(3000, "存在问题").default(""),
  nextSteps: text(3000, "下一步计划").default(""),
  actuals: z.array(actualInputSchema).max(50).default([]),
  /** The report version the form was loaded at; 0 for a report not yet saved. */
  version: z.coerce.number().int().min(0).default(0),
});

export const saveDraftSchema = reportFieldsSchema;

export const submitReportSchema = reportFieldsSchema.extend({
  summary: text(5000, "工作进展").min(1, { error: "请填写工作进展" }),
  submitKey: z.string().min(8).max(64),
});

export const reviewReportSchema = z
  .object({
    reportId: z.uuid({ error: "报告不存在" }),
    decision: z.enum(["approve", "return"], { error: "请选择审核结果" }),
    comment: text(2000, "审核意见").default(""),
    version: z.coerce.number().int().min(1),
  })
  .refine((v) => v.decision === "approve" || v.comment.length > 0, { path: ["comment"], error: "退回时请填写退回意见" });

export const addCooperationSlotSchema = z.object({
  taskId: z.uuid({ error: "任务不存在" }),
  periodId: z.uuid({ error: "填报期不存在" }),
  // Bureau staff name the cooperating unit; a reporter's unit comes from the session.
  orgUnitId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid({ error: "单位不存在" }).optional()),
});
