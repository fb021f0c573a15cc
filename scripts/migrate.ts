// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the
// embedded database under .data/, running or not) and refreshes the app role's grants.
import { withCommandDatabase } from "@/lib/cli/command-database";
import { runCommand } from "@/lib/cli/run-command";

const log = (line: string) => console.log(`[eduplan] ${line}`);
await runCommand("数据库迁移", () => withCommandDatabase(log, async () => {}));
