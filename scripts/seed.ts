// `npm run db:seed`: loads the demo world (tenants, units, leaders, demo
// accounts) into DATABASE_URL or the embedded database. Explicitly asked for,
// so it also works on an external database.
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";
import { seedDemo } from "@/prisma/seed/seed-demo";

const log = (line: string) => console.log(`[eduplan] ${line}`);
const db = await prepareDatabaseFromEnv(log);
const owner = createPrismaClient(db.ownerUrl, 2);
try {
  await seedDemo(owner, log, { activity: true });
} finally {
  await owner.$disconnect();
  await db.stop();
}
