import { z } from "zod";
import { GROUP_RULE_KINDS } from "@/lib/vocabulary";

/** A form sends one value as a string, several as an array, none at all: always an array here. */
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const groupMembersSchema = z.object({
  groupId: z.uuid({ error: "单位不存在" }),
  memberKinds: list(z.enum(GROUP_RULE_KINDS, { error: "请选择有效的单位类型" })),
  memberIds: list(z.uuid({ error: "所选成员单位不存在" })).pipe(z.array(z.uuid()).max(2000, { error: "一次最多选择 2000 个单位" })),
});
