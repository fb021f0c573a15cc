import { z } from "zod";
import { names, optionalDecimal, optionalText, requiredText } from "@/lib/plans/editing/fields";
import { DEFINITION_DIRECTIONS } from "@/lib/vocabulary";

const indicatorId = z.uuid({ error: "指标不存在或无权访问" });
const definitionId = z.uuid({ error: "请选择口径" });

export const confirmMappingSchema = z.object({ indicatorId });
export const chooseDefinitionSchema = z.object({ indicatorId, definitionId });
export const clearMappingSchema = z.object({ indicatorId });
export const applySuggestionsSchema = z.object({});

// Blank clears the tolerance (the dashboard default applies again).
export const setToleranceSchema = z.object({
  indicatorId,
  tolerance: optionalDecimal()
    .refine((v) => v === undefined || !v.startsWith("-"), { error: "容差不能为负数" })
    .transform((v) => v ?? null),
});

const effectiveFrom = z.iso.date({ error: "请填写生效日期（年-月-日）" });
const definitionText = requiredText("请填写口径说明", 2000, "口径说明不能超过 2000 字");
const unit = optionalText(20, "单位不能超过 20 字");

export const createDefinitionSchema = z.object({
  code: z
    .string({ error: "请填写代码" })
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,63}$/, { error: "代码须以小写字母开头，只含小写字母、数字和连字符（2–64 位）" }),
  name: requiredText("请填写指标名称", 100, "指标名称不能超过 100 字"),
  synonyms: z.preprocess(
    names,
    z.array(z.string().max(100, { error: "同义名称不能超过 100 字" }), { error: "同义名称格式不正确" }).max(30, { error: "同义名称最多 30 个" }),
  ),
  unit,
  direction: z.enum(DEFINITION_DIRECTIONS, { error: "请选择指标方向" }),
  definition: definitionText,
  effectiveFrom,
});

export const reviseDefinitionSchema = z.object({
  definitionId: z.uuid({ error: "口径不存在" }),
  // The version the editor was looking at: a revision based on an older one is refused.
  expectedVersion: z.coerce.number({ error: "版本号不正确" }).int().min(1),
  definition: definitionText,
  unit,
  effectiveFrom,
});

export type CreateDefinitionInput = z.output<typeof createDefinitionSchema>;
export type ReviseDefinitionInput = z.output<typeof reviseDefinitionSchema>;

// 冲突处理: the approved value the reviewer chose to count (decision 0035).
export const resolveConflictSchema = z.object({ actualId: z.uuid({ error: "该数值不存在或无权访问" }) });
