// The job queue: pg-boss on the same PostgreSQL (schema pgboss). Its tables
// are installed by the owner at start-up; the app role only uses them. The
// worker runs inside the web process by default (EDUPLAN_JOBS=inline) or as
// `npm run worker` in production (EDUPLAN_JOBS=worker on the web servers).
import PgBoss from "pg-boss";
import { withPgClient } from "@/lib/db/provision";

export const QUEUES = {
  markOverdue: "mark-overdue",
  sendDigests: "send-digests",
  openPeriods: "open-periods",
  pruneAuth: "prune-auth",
  deadlineLights: "deadline-lights",
  deliverOutbox: "deliver-outbox",
} as const;

/** Cron in China time: overdue marking every 15 minutes, digests at 08:00, periods just after midnight, auth records pruned at 03:30, red lights told at 07:30 (before the 08:00 digest), the outbox every minute. */
export const SCHEDULES: Record<(typeof QUEUES)[keyof typeof QUEUES], string> = {
  "mark-overdue": "*/15 * * * *",
  "send-digests": "0 8 * * *",
  "open-periods": "10 0 * * *",
  "prune-auth": "30 3 * * *",
  "deadline-lights": "30 7 * * *",
  "deliver-outbox": "* * * * *",
};

export const JOB_SCHEMA = "pgboss";
/** pg-boss's internal queue through which its timekeeper sends scheduled jobs (timekeeper.js QUEUES.SEND_IT). */
const CRON_QUEUE = "__pgboss__send-it";

export async function installJobQueue(ownerUrl: string, appRole: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, supervise: false, schedule: false, max: 2 });
  boss.on("error", () => {});
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: "singleton", retryLimit: 3 });
  }
  // pg-boss's own queue for cron: its timekeeper creates it on start, but the
  // web processes' worker runs as the app role, which may not (the failure is
  // swallowed), and then no schedule ever fires. So the owner creates it here.
  if (!(await boss.getQueue(CRON_QUEUE))) await boss.createQueue(CRON_QUEUE);
  await boss.stop({ graceful: false, wait: true });
  await withPgClient(ownerUrl, async (client) => {
    const role = client.escapeIdentifier(appRole);
    await client.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${role}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${role}`);
  });
}
