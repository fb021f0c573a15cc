// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the
// embedded database under .data/) and refreshes the app role's grants.
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";

const log = (line: string) => console.log(`[eduplan] ${line}`);
const db = await prepareDatabaseFromEnv(log);
await db.stop();
