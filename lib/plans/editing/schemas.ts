import { z } from "zod";
import { asArray, compareDecimal, id, integer, lines, names, optionalDecimal, optionalId, optionalText, optionalYear, requiredText, year } from "./fields";
import { COMPARATORS, PLAN_KINDS, REPORT_FREQUENCIES, UNIT_ROLES } from "@/lib/vocabulary";

const title = requiredText("标题不能为空", 200, "标题不能超过 200 字");

// ---- plans

const planFields = {
  title,
  kind: z.enum(PLAN_KINDS, { error: "请选择规划类型" }),
  startYear: year("请输入正确的起始年份（1990–2100）"),
  endYear: year("请输入正确的截止年份（1990–2100）"),
  documentNumber: optionalText(100, "文号不能超过 100 字"),
  // Optional so scripted callers that predate it keep the plan's current value (the column defaults to quarterly).
  reportingFrequency: z.enum(REPORT_FREQUENCIES, { error: "请选择填报频次" }).optional(),
};

/** The fields the plan form edits, in the form's order (an update's audit records their values before). */
export const PLAN_FIELD_KEYS = Object.keys(planFields) as (keyof typeof planFields)[];

function checkPeriod(v: { startYear: number; endYear: number }, ctx: z.RefinementCtx) {
  if (v.endYear < v.startYear) ctx.addIssue({ code: "custom", path: ["endYear"], message: "起止年份不正确：截止年份不能早于起始年份" });
}

export const createPlanSchema = z.object(planFields).superRefine(checkPeriod);
export const updatePlanSchema = z.object({ planId: id(), ...planFields }).superRefine(checkPeriod);
export const deletePlanSchema = z.object({
  planId: id(),
  confirm: z.preprocess((v) => v === "on" || v === "true" || v === true, z.literal(true, { error: "请勾选“我确认删除该规划及其全部任务”" })),
});

// ---- sections

export const createSectionSchema = z.object({ planId: id(), parentId: optionalId(), title });
export const renameSectionSchema = z.object({ sectionId: id(), title });
export const moveSectionSchema = z.object({ sectionId: id(), direction: z.enum(["up", "down"], { error: "移动方向不正确" }) });
export const deleteSectionSchema = z.object({ sectionId: id() });

// ---- tasks

export const createTaskSchema = z.object({ sectionId: id("请选择所属部分"), title });

const unitRow = z.object({
  name: requiredText("请输入单位名称", 100, "单位名称不能超过 100 字"),
  role: z.enum(UNIT_ROLES, { error: "请选择单位角色" }),
});

/** Form rows arrive as parallel unitName / unitRole fields; rows without a name are dropped. */
function unitsFromForm(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || "units" in raw) return raw;
  const r = raw as Record<string, unknown>;
  const namesIn = asArray(r.unitName);
  const rolesIn = asArray(r.unitRole);
  const units = namesIn.map((name, i) => ({ name: typeof name === "string" ? name.trim() : name, role: rolesIn[i] })).filter((u) => u.name !== "");
  return { ...r, units };
}

export const saveTaskSchema = z.preprocess(
  unitsFromForm,
  z.object({
    taskId: id(),
    version: integer("版本号不正确，请刷新后再保存", 1, 2_147_483_647),
    title: requiredText("标题不能为空", 500, "标题不能超过 500 字"),
    number: integer("序号应为 1–9999 的整数", 1, 9999),
    sectionId: id("请选择所属部分"),
    goal: optionalText(5000, "目标不能超过 5000 字"),
    measures: z.preprocess(
      lines,
      z.array(z.string().max(2000, { error: "每条措施不能超过 2000 字" }), { error: "措施格式不正确" }).max(200, { error: "措施不能超过 200 条" }),
    ),
    leaders: z.preprocess(
      names,
      z.array(z.string().max(60, { error: "姓名不能超过 60 字" }), { error: "责任领导格式不正确" }).max(50, { error: "责任领导过多" }),
    ),
    units: z.array(unitRow, { error: "责任单位格式不正确" }).max(100, { error: "责任单位过多" }),
  }),
);

export const deleteTaskSchema = z.object({ taskId: id() });

// ---- indicators

const indicatorFields = {
  name: requiredText("请输入指标名称", 200, "指标名称不能超过 200 字"),
  unit: optionalText(20, "单位不能超过 20 字"),
  comparator: z.enum(COMPARATORS, { error: "请选择目标类型" }),
  baselineValue: optionalDecimal(),
  baselineYear: optionalYear(),
  targetValue: optionalDecimal(),
  targetMax: optionalDecimal(),
  targetYear: optionalYear(),
};

type IndicatorInput = { comparator: string; targetValue?: string; targetMax?: string; baselineYear?: number; targetYear?: number };

function checkIndicator(v: IndicatorInput, ctx: z.RefinementCtx) {
  if (v.comparator === "range") {
    if (v.targetValue === undefined) ctx.addIssue({ code: "custom", path: ["targetValue"], message: "区间目标请填写下限" });
    if (v.targetMax === undefined) ctx.addIssue({ code: "custom", path: ["targetMax"], message: "区间目标请填写上限" });
    if (v.targetValue !== undefined && v.targetMax !== undefined && compareDecimal(v.targetMax, v.targetValue) < 0) {
      ctx.addIssue({ code: "custom", path: ["targetMax"], message: "上限不能小于下限" });
    }
  }
  if (v.baselineYear !== undefined && v.targetYear !== undefined && v.targetYear < v.baselineYear) {
    ctx.addIssue({ code: "custom", path: ["targetYear"], message: "目标年份不能早于基期年份" });
  }
}

/** Only a range keeps an upper bound. */
function dropStrayMax<T extends { comparator: string; targetMax?: string }>(v: T): T {
  return v.comparator === "range" ? v : { ...v, targetMax: undefined };
}

export const createIndicatorSchema = z
  .object({ planId: id(), taskId: optionalId(), ...indicatorFields })
  .superRefine(checkIndicator)
  .transform(dropStrayMax);
export const updateIndicatorSchema = z
  .object({ indicatorId: id(), ...indicatorFields })
  .superRefine(checkIndicator)
  .transform(dropStrayMax);
export const deleteIndicatorSchema = z.object({ indicatorId: id() });

export type CreatePlanInput = z.output<typeof createPlanSchema>;
export type UpdatePlanInput = z.output<typeof updatePlanSchema>;
export type SaveTaskInput = z.output<typeof saveTaskSchema>;
export type IndicatorFields = z.output<z.ZodObject<typeof indicatorFields>>;
