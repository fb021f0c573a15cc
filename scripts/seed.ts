// `npm run db:seed`: loads the demo world (tenants, units, leaders, demo
// accounts) into DATABASE_URL or the embedded database, running or not.
// Explicitly asked for, so it also works on an external database.
import { withCommandDatabase } from "@/lib/cli/command-database";
import { runCommand } from "@/lib/cli/run-command";
import { seedDemo } from "@/prisma/seed/seed-demo";

const log = (line: string) => console.log(`[eduplan] ${line}`);
await runCommand("载入演示数据", () => withCommandDatabase(log, async (owner) => void (await seedDemo(owner, log, { activity: true }))));
