// Registers the schedules and handlers. Safe to run in several processes at
// once: schedules are upserts and the queues are singletons.
import "server-only";
import PgBoss from "pg-boss";
import { appClient } from "@/lib/db/tenant-scope";
import { notifyDeadlineLights } from "./deadline-lights";
import { markOverdueSlots } from "./mark-overdue";
import { openCurrentPeriods } from "./open-current-periods";
import { pruneAuthRecords } from "./prune-auth";
import { JOB_SCHEMA, QUEUES, SCHEDULES } from "./queue";
import { sendDailyDigests } from "./send-digests";
import { deliverOutbox, describeDelivery } from "@/lib/outbox/deliver-outbox";

const HANDLERS = {
  [QUEUES.markOverdue]: async () => markOverdueSlots(await appClient()),
  [QUEUES.sendDigests]: async () => sendDailyDigests(await appClient()),
  [QUEUES.openPeriods]: async () => openCurrentPeriods(await appClient()),
  [QUEUES.pruneAuth]: async () => pruneAuthRecords(await appClient()),
  [QUEUES.deadlineLights]: async () => notifyDeadlineLights(await appClient()),
  // Every minute: logged only when it delivered or failed something.
  [QUEUES.deliverOutbox]: async () => {
    const counts = await deliverOutbox(await appClient());
    return counts.sent + counts.retrying + counts.failed > 0 ? describeDelivery(counts) : null;
  },
};

export async function startJobWorker(connectionString: string, log: (line: string) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, migrate: false, max: 3 });
  boss.on("error", (err) => log(`[jobs] ${err.message}`));
  await boss.start();
  for (const [name, handler] of Object.entries(HANDLERS)) {
    await boss.schedule(name, SCHEDULES[name as keyof typeof SCHEDULES], {}, { tz: "Asia/Shanghai" });
    await boss.work(name, async () => {
      const count = await handler();
      if (count !== null) log(`[jobs] ${name}: ${count}`);
    });
  }
  return boss;
}
