import { z } from "zod";
import { SLIP_LEVELS, SLIP_STATES } from "@/lib/vocabulary";

export const SLIP_BODY_MAX = 2000;
export const SLIP_REPLY_MAX = 2000;

export const issueSlipSchema = z.object({
  taskId: z.uuid({ error: "任务不存在" }),
  orgUnitId: z.uuid({ error: "请选择被督办单位" }),
  level: z.enum(SLIP_LEVELS, { error: "请选择督办等级" }),
  body: z
    .string({ error: "请填写督办内容" })
    .trim()
    .min(1, { error: "请填写督办内容" })
    .max(SLIP_BODY_MAX, { error: `督办内容不能超过 ${SLIP_BODY_MAX} 字` }),
  replyBy: z.iso.date({ error: "请填写回复期限" }),
});

export const replySlipSchema = z.object({
  slipId: z.uuid({ error: "督办单不存在" }),
  reply: z
    .string({ error: "请填写回复内容" })
    .trim()
    .min(1, { error: "请填写回复内容" })
    .max(SLIP_REPLY_MAX, { error: `回复内容不能超过 ${SLIP_REPLY_MAX} 字` }),
});

export type IssueSlipInput = z.output<typeof issueSlipSchema>;
export type ReplySlipInput = z.output<typeof replySlipSchema>;

/** /supervision/slips?state=&level=&unit=&page=: anything unknown falls back to the default, never an error page. */
export const slipListQuerySchema = z.object({
  state: z.enum(SLIP_STATES).catch("awaiting").default("awaiting"),
  level: z.enum(SLIP_LEVELS).optional().catch(undefined),
  unit: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
