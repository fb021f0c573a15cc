// The jobs an operator (or a test) runs by name: `npm run jobs:run -- <name>`.
// These names are the contract, whatever the queues are called inside; each
// runs its function directly (not through pg-boss), which is safe beside a
// running worker: every job is idempotent, and the outbox's claim skips rows
// another worker holds. A new job is one line here.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deliverOutbox, describeDelivery } from "@/lib/outbox/deliver-outbox";
import { todayInChina } from "@/lib/reports/periods";
import { notifyDeadlineLights } from "./deadline-lights";
import { markOverdueSlots } from "./mark-overdue";
import { openCurrentPeriods } from "./open-current-periods";
import { sendDailyDigests } from "./send-digests";

export const JOBS_BY_NAME: Record<string, (client: PrismaClient) => Promise<string>> = {
  overdue: async (client) => `已标记逾期的填报任务 ${await markOverdueSlots(client)} 项`,
  "deadline-lights": async (client) => `已发送逾期提醒 ${await notifyDeadlineLights(client, todayInChina())} 条`,
  digests: async (client) => `已发送每日待办提醒 ${await sendDailyDigests(client)} 人`,
  "open-periods": async (client) => `已开启填报任务 ${await openCurrentPeriods(client)} 项`,
  "deliver-outbox": async (client) => describeDelivery(await deliverOutbox(client)),
};

export const JOBS_USAGE = `用法：npm run jobs:run -- <任务名>\n可用的任务：${Object.keys(JOBS_BY_NAME).join("、")}`;

export function isJobName(name: string | undefined): name is string {
  return name !== undefined && Object.hasOwn(JOBS_BY_NAME, name);
}

/** Runs the named job and returns its one-line result; null for an unknown name. */
export async function runJobByName(name: string | undefined, client: PrismaClient): Promise<string | null> {
  if (!isJobName(name)) return null;
  return `${name}：${await JOBS_BY_NAME[name]!(client)}`;
}
