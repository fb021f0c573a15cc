import { z } from "zod";

export const suggestLinksSchema = z.object({ planId: z.uuid({ error: "计划不存在" }) });

export const linkIdSchema = z.object({ linkId: z.uuid({ error: "该关联不存在或已被删除" }) });

const target = z.string({ error: "请选择五年规划的任务或指标" }).regex(/^(task|indicator):[0-9a-f-]{36}$/i, { error: "请选择五年规划的任务或指标" });

/** The picker's value is "task:<id>" or "indicator:<id>": one field, one choice. */
export const addLinkSchema = z
  .object({
    fromTaskId: z.uuid({ error: "请选择本计划的任务" }),
    target,
  })
  .transform(({ fromTaskId, target: value }) => {
    const [kind, id] = value.split(":") as ["task" | "indicator", string];
    return { fromTaskId, toTaskId: kind === "task" ? id : null, toIndicatorId: kind === "indicator" ? id : null };
  });
