// The one table of jobs: each pg-boss queue and, where it has one, the name an
// operator (or a test) runs it by: `npm run jobs:run -- <name>`. Those names
// are the contract, whatever the queues are called inside. The worker runs
// each on its schedule; jobs:run runs it directly (not through pg-boss), which
// is safe beside a running worker: every job is idempotent, and the outbox's
// claim skips rows another worker holds. A new job is one entry here.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deliverOutbox, describeDelivery } from "@/lib/outbox/deliver-outbox";
import { todayInChina } from "@/lib/reports/periods";
import { notifyDeadlineLights } from "./deadline-lights";
import { markOverdueSlots } from "./mark-overdue";
import { openCurrentPeriods } from "./open-current-periods";
import { pruneAuthRecords } from "./prune-auth";
import { QUEUES } from "./queue";
import { sendDailyDigests } from "./send-digests";

export interface JobOutcome {
  /** What it did, in one line. */
  line: string;
  /** Nothing happened and the worker need not log it (the every-minute outbox). */
  idle?: boolean;
}

export interface Job {
  queue: (typeof QUEUES)[keyof typeof QUEUES];
  /** The jobs:run name; null: on the schedule only. */
  name: string | null;
  run: (client: PrismaClient) => Promise<JobOutcome>;
}

const said = (line: string): JobOutcome => ({ line });

export const JOBS: readonly Job[] = [
  { queue: QUEUES.markOverdue, name: "overdue", run: async (c) => said(`已标记逾期的填报任务 ${await markOverdueSlots(c)} 项`) },
  { queue: QUEUES.deadlineLights, name: "deadline-lights", run: async (c) => said(`已发送逾期提醒 ${await notifyDeadlineLights(c, todayInChina())} 条`) },
  { queue: QUEUES.sendDigests, name: "digests", run: async (c) => said(`已发送每日待办提醒 ${await sendDailyDigests(c)} 人`) },
  { queue: QUEUES.openPeriods, name: "open-periods", run: async (c) => said(`已开启填报任务 ${await openCurrentPeriods(c)} 项`) },
  {
    queue: QUEUES.deliverOutbox,
    name: "deliver-outbox",
    run: async (c) => {
      const counts = await deliverOutbox(c);
      return { line: describeDelivery(counts), idle: counts.sent + counts.retrying + counts.failed === 0 };
    },
  },
  { queue: QUEUES.pruneAuth, name: null, run: async (c) => said(`已清理过期登录记录 ${await pruneAuthRecords(c)} 条`) },
];

export const JOBS_BY_NAME: Record<string, Job["run"]> = Object.fromEntries(JOBS.flatMap((j) => (j.name ? [[j.name, j.run]] : [])));

export const JOBS_USAGE = `用法：npm run jobs:run -- <任务名>\n可用的任务：${Object.keys(JOBS_BY_NAME).join("、")}`;

export function isJobName(name: string | undefined): name is string {
  return name !== undefined && Object.hasOwn(JOBS_BY_NAME, name);
}

/** Runs the named job and returns its one-line result; null for an unknown name. */
export async function runJobByName(name: string | undefined, client: PrismaClient): Promise<string | null> {
  if (!isJobName(name)) return null;
  return `${name}：${(await JOBS_BY_NAME[name]!(client)).line}`;
}
