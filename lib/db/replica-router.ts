// Where a READ ONLY tenant transaction runs: on the standby when one is
// configured, its last probe found it within the lag bound, and it has
// replayed the caller's own last write (`readAfterLsn`); else on the primary.
// A read the standby fails at the connection runs once more on the primary,
// so a standby going away costs a user nothing but time.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "./client";
import { isLsn, lsnValue } from "./lsn";
import { replicaClient } from "./replica-client";
import { replicaUrl } from "./replica-config";
import { isReplicaUnavailable } from "./replica-failure";
import { markReplicaDown, replicaHealth } from "./replica-health";

export async function routeRead<T>(primary: PrismaClient, readAfterLsn: string | null | undefined, run: (client: PrismaClient) => Promise<T>): Promise<T> {
  // A standby that cannot be reached is no reason to fail a read; one that fails its RLS check is (loudly).
  const replica = await usableReplica(readAfterLsn).catch((err: unknown) => {
    if (isReplicaUnavailable(err)) return null;
    throw err;
  });
  if (!replica) return run(primary);
  try {
    return await run(replica);
  } catch (err) {
    if (!isReplicaUnavailable(err)) throw err;
    markReplicaDown();
    return run(primary);
  }
}

async function usableReplica(readAfterLsn: string | null | undefined): Promise<PrismaClient | null> {
  const replica = await replicaClient();
  if (!replica) return null;
  const health = await replicaHealth(replica);
  if (!health.usable || health.replayLsn === null) return null;
  if (isLsn(readAfterLsn) && health.replayLsn < lsnValue(readAfterLsn)) return null;
  return replica;
}

/**
 * The primary's WAL position now, when a standby is configured: after a
 * committed write, the position the writer's next reads must see (the wrapper
 * core carries it to the next request in a cookie). Null without a standby,
 * and then no query is sent.
 */
export async function primaryLsn(): Promise<string | null> {
  if (!replicaUrl()) return null;
  const [row] = await getPrisma().$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  return row?.lsn ?? null;
}
