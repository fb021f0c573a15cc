// `npm run jobs:run -- <job>`: runs one job now and exits (operators, tests),
// printing one line. Works beside a running `npm start`: it joins that
// database (lib/cli/command-database.ts) and runs the job's function as the
// app role, directly rather than through the queue (lib/jobs/jobs-by-name.ts).
import { withCommandDatabase } from "@/lib/cli/command-database";
import { runCommand, UsageError } from "@/lib/cli/run-command";
import { createPrismaClient } from "@/lib/db/client";
import { assertRlsEnforced } from "@/lib/db/rls-guard";
import { isJobName, JOBS_USAGE, runJobByName } from "@/lib/jobs/jobs-by-name";

await runCommand("运行任务", async () => {
  const [name, ...rest] = process.argv.slice(2);
  if (!isJobName(name) || rest.length > 0) throw new UsageError(name && !isJobName(name) ? `没有名为 ${name} 的任务\n${JOBS_USAGE}` : JOBS_USAGE);
  return withCommandDatabase(
    () => {},
    async (_owner, db) => {
      const client = createPrismaClient(db.appUrl, 2);
      try {
        await assertRlsEnforced(client);
        console.log(await runJobByName(name, client));
      } finally {
        await client.$disconnect();
      }
    },
  );
});
