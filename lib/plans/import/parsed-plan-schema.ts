// The corrected plan a bureau admin sends back from the import review. It
// mirrors ParsedPlan (lib/plans/parser/types.ts) but is untrusted input: every
// string and list is bounded, and the nesting depth is checked before zod
// recurses into it.
import { z } from "zod";
import type { ParsedPlan } from "@/lib/plans/parser/types";
import { API_COMPARATORS, PERIOD_BASES, UNIT_ROLES } from "@/lib/vocabulary";
import { PLAN_LIMITS as L } from "@/lib/plans/parser/limits";

export const MAX_PLAN_TASKS = L.tasks;
export const MAX_SECTION_DEPTH = 8;
/** Decoded text of a 5 MB document is well below this. */
export const MAX_SOURCE_CHARS = 6_000_000;

const LONG_TEXT = 200_000;

const str = (max: number, label: string) => z.string({ error: `${label}格式有误` }).max(max, { error: `${label}过长（不超过 ${max} 字）` });
const nullableStr = (max: number, label: string) => str(max, label).nullable();
const line = z.number().int().min(0).max(10_000_000);
const year = z.number({ error: "年份须为数字" }).int({ error: "年份须为整数" }).min(1949, { error: "年份不正确" }).max(2100, { error: "年份不正确" });
const finite = (label: string) => z.number({ error: `${label}须为数字` }).refine(Number.isFinite, { error: `${label}须为数字` });

const comparator = z.enum(API_COMPARATORS, { error: "请选择比较方式" });
const unitRole = z.enum(UNIT_ROLES, { error: "请选择单位角色" });

const targetSchema = z.object({
  text: str(1000, "目标内容").trim().min(1, { error: "请填写目标内容" }),
  value: finite("目标值"),
  unit: str(20, "计量单位"),
  comparator,
  year: year.nullable(),
  min: finite("下限").optional(),
  max: finite("上限").optional(),
  line,
});

const unitSchema = z.object({
  name: str(L.unitChars, "单位名称").trim().min(1, { error: "单位名称不能为空" }),
  role: unitRole,
  raw: str(100, "单位原文").optional(),
});

const personName = str(L.personChars, "领导姓名").trim().min(1, { error: "领导姓名不能为空" });

const isoDate = z.iso.date({ error: "完成日期格式应为 年-月-日" });
const page = z.number().int().min(1).max(100_000).optional();
const tableSource = z.object({ table: z.number().int().min(1).max(10_000), row: z.number().int().min(1).max(1_000_000), page });
const taskSource = z.union([tableSource, z.object({ line, page })]);

const milestoneSchema = z.object({
  title: str(L.titleChars, "里程碑内容").trim().min(1, { error: "里程碑内容不能为空" }),
  deadline: str(L.deadlineChars, "里程碑时间"),
  dueDate: isoDate.nullable(),
});

const projectSchema = z.object({
  name: str(500, "项目名称").trim().min(1, { error: "项目名称不能为空" }),
  content: nullableStr(20_000, "建设内容"),
  investment: nullableStr(100, "总投资"),
  investmentWanYuan: finite("总投资")
    .refine((v) => v >= 0, { error: "总投资不能为负数" })
    .refine((v) => v <= L.investmentWan, { error: "总投资金额过大" })
    .nullable(),
  years: nullableStr(100, "建设年限"),
  units: z.array(unitSchema).max(200, { error: "责任单位过多" }),
  taskNumber: z.number().int().min(0).max(100_000).nullable(),
  source: tableSource,
});

const taskSchema = z.object({
  number: z.number().int().min(0).max(100_000),
  title: str(L.titleChars, "任务标题").trim().min(1, { error: "任务标题不能为空" }),
  goal: nullableStr(20_000, "目标任务"),
  measures: z.array(str(L.measureChars, "工作举措")).max(L.measuresPerTask, { error: "工作举措过多" }),
  leaders: z.array(personName).max(L.leadersPerTask, { error: "责任领导过多" }),
  leadersRaw: z.array(str(50, "领导姓名原文")).max(50).optional(),
  units: z.array(unitSchema).max(L.unitsPerTask, { error: "责任单位过多" }),
  targets: z.array(targetSchema).max(200, { error: "目标过多" }),
  deadline: nullableStr(L.deadlineChars, "完成时限"),
  dueDate: isoDate.nullable().default(null),
  ongoing: z.boolean().default(false),
  status: z.enum(["completed", "in_progress", "delayed"], { error: "任务状态只能是“已完成”“推进中”或“滞后”" }).optional(),
  milestones: z
    .array(milestoneSchema)
    .max(L.milestonesPerTask, { error: `里程碑不能超过 ${L.milestonesPerTask} 个` })
    .optional(),
  source: taskSource,
  sourceText: str(L.sourceTextChars, "任务原文"),
  line,
  endLine: line,
});

interface SectionShape {
  number: number | null;
  title: string;
  text: string | null;
  line: number;
  leaders: string[];
  units: z.output<typeof unitSchema>[];
  sections: SectionShape[];
  tasks: z.output<typeof taskSchema>[];
}

const sectionSchema: z.ZodType<SectionShape> = z.object({
  number: z.number().int().min(0).max(100_000).nullable(),
  title: str(L.titleChars, "章节标题"),
  text: nullableStr(LONG_TEXT, "章节正文"),
  line,
  leaders: z.array(personName).max(50, { error: "责任领导过多" }),
  units: z.array(unitSchema).max(200, { error: "责任单位过多" }),
  get sections() {
    return z.array(sectionSchema).max(500, { error: "章节过多" });
  },
  tasks: z.array(taskSchema).max(MAX_PLAN_TASKS, { error: `任务不能超过 ${MAX_PLAN_TASKS} 项` }),
});

const indicatorValue = z.object({ value: finite("指标值"), year: year.nullable() });

const indicatorSchema = z.object({
  name: str(500, "指标名称").trim().min(1, { error: "指标名称不能为空" }),
  unit: nullableStr(50, "指标单位"),
  category: nullableStr(200, "指标类别"),
  baseline: indicatorValue.nullable(),
  target: indicatorValue.extend({ comparator, min: finite("下限").optional(), max: finite("上限").optional() }).nullable(),
  attribute: nullableStr(50, "指标属性"),
  line,
});

const planSchema = z
  .object({
    title: str(200, "规划标题").trim().min(1, { error: "请填写规划标题" }),
    period: z
      .object({
        startYear: year,
        endYear: year,
        basis: z.enum(PERIOD_BASES),
      })
      .refine((p) => p.endYear >= p.startYear, { error: "结束年份不能早于起始年份", path: ["endYear"] })
      .nullable(),
    documentNumber: nullableStr(100, "文号"),
    issuer: nullableStr(200, "发文单位"),
    issueDate: nullableStr(20, "发文日期"),
    preamble: str(LONG_TEXT, "前言"),
    frontMatter: nullableStr(LONG_TEXT, "文件头"),
    backMatter: nullableStr(LONG_TEXT, "文件尾"),
    planText: z
      .array(
        z.object({
          title: str(500, "正文标题"),
          kind: z.enum(["preface", "review", "strategy", "goals", "safeguards", "glossary", "attachment", "other"]),
          text: str(LONG_TEXT, "正文"),
          line,
        }),
      )
      .max(500, { error: "正文段落过多" }),
    sections: z.array(sectionSchema).max(500, { error: "章节过多" }),
    indicators: z.array(indicatorSchema).max(2000, { error: "指标过多" }),
    projects: z.array(projectSchema).max(2000, { error: "项目过多" }).default([]),
    targets: z.array(targetSchema).max(2000, { error: "目标过多" }),
    warnings: z.array(z.object({ line, message: str(1000, "提示") })).max(10_000),
  })
  .superRefine((plan, ctx) => {
    if (countTasks(plan.sections) > MAX_PLAN_TASKS) ctx.addIssue({ code: "custom", path: ["sections"], message: `任务不能超过 ${MAX_PLAN_TASKS} 项` });
  });

function countTasks(sections: SectionShape[]): number {
  return sections.reduce((n, s) => n + s.tasks.length + countTasks(s.sections), 0);
}

/** Iterative, so a hostile deeply nested payload cannot overflow the stack before zod sees it. */
export function sectionDepthWithin(value: unknown, maxDepth = MAX_SECTION_DEPTH): boolean {
  if (typeof value !== "object" || value === null) return true;
  const roots = (value as { sections?: unknown }).sections;
  const stack: { node: unknown; depth: number }[] = Array.isArray(roots) ? roots.map((node) => ({ node, depth: 1 })) : [];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > maxDepth) return false;
    const children = typeof node === "object" && node !== null ? (node as { sections?: unknown }).sections : undefined;
    if (Array.isArray(children)) for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}

export const parsedPlanSchema: z.ZodType<ParsedPlan, unknown> = z
  .unknown()
  .refine((v) => sectionDepthWithin(v), { error: `章节层级不能超过 ${MAX_SECTION_DEPTH} 层` })
  .pipe(planSchema);

export const confirmPlanImportSchema = z.object({
  plan: parsedPlanSchema,
  sourceText: z.string({ error: "缺少原文，请重新上传文件" }).min(1, { error: "缺少原文，请重新上传文件" }).max(MAX_SOURCE_CHARS, { error: "原文过长" }),
  replace: z.boolean().default(false),
});
