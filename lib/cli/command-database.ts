// The database a command works on, from the environment: DATABASE_URL, or the
// embedded one under EDUPLAN_DATA_DIR — joined where `npm start` already runs
// it (its live postmaster.pid), started for the command and stopped after it
// otherwise. Migrations are applied either way (a no-op when up to date).
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function withCommandDatabase<T>(
  log: (line: string) => void,
  fn: (owner: PrismaClient, db: { ownerUrl: string; appUrl: string; embedded: boolean }) => Promise<T>,
): Promise<T> {
  const db = await prepareDatabaseFromEnv(log, { reuseRunningServer: true });
  const owner = createPrismaClient(db.ownerUrl, 2);
  try {
    return await fn(owner, db);
  } finally {
    await owner.$disconnect();
    await db.stop();
  }
}
