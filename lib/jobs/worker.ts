// Registers the schedules and handlers: every queue runs the job of the one
// table (jobs-by-name.ts). Safe to run in several processes at once:
// schedules are upserts and the queues are singletons.
import "server-only";
import PgBoss from "pg-boss";
import { appClient } from "@/lib/db/tenant-scope";
import { JOBS } from "./jobs-by-name";
import { JOB_SCHEMA, SCHEDULES } from "./queue";

export async function startJobWorker(connectionString: string, log: (line: string) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, migrate: false, max: 3 });
  boss.on("error", (err) => log(`[jobs] ${err.message}`));
  await boss.start();
  for (const job of JOBS) {
    await boss.schedule(job.queue, SCHEDULES[job.queue], {}, { tz: "Asia/Shanghai" });
    await boss.work(job.queue, async () => {
      const outcome = await job.run(await appClient());
      if (!outcome.idle) log(`[jobs] ${job.queue}: ${outcome.line}`);
    });
  }
  return boss;
}
