// Inputs of the robot actions (/admin/notifications), with Chinese messages.
// An empty unit means the bureau's own robot.
import { z } from "zod";
import { ROBOT_KINDS } from "@/lib/vocabulary";
import { NOTIFICATION_MESSAGES as M } from "./messages";

const orgUnitId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid({ error: M.unitRequired }).nullable());
const kind = z.enum(ROBOT_KINDS, { error: M.kindRequired });

export const robotRefSchema = z.object({ orgUnitId, kind });

export const setRobotSchema = z.object({
  orgUnitId,
  kind,
  url: z.string({ error: M.urlRequired }).trim().min(1, { error: M.urlRequired }).max(500, { error: M.urlRequired }),
  /** Blank keeps the stored secret (it is never shown back). */
  secret: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(200, { error: M.secretTooLong }).optional()),
});

export const outboxFilterSchema = z.object({
  state: z.enum(["pending", "sent", "failed"]).optional().catch(undefined),
  channel: z.enum(["email", "wecom", "dingtalk"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type OutboxFilter = z.infer<typeof outboxFilterSchema>;
