// Dead sessions (expired or ended over a day ago) and failed sign-ins older
// than 30 days go. prune_auth_records() (migration server_sessions) does it as
// the owner: the job has no user to scope auth_sessions' row-level security to.
// Signing in also drops the user's own dead sessions, so this is the backstop.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function pruneAuthRecords(client: PrismaClient): Promise<number> {
  const [row] = await client.$queryRaw<{ removed: number }[]>`SELECT prune_auth_records() AS removed`;
  return row?.removed ?? 0;
}
