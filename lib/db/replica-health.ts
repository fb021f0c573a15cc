// Whether the standby may serve a read now, and how far it has replayed:
// probed at most every REFRESH_MS per process (one probe in flight, shared by
// the requests that wait on it), or at once after a read on it failed.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "./client";
import { lsnValue } from "./lsn";
import { replicaMaxLagMs } from "./replica-config";

export interface ReplicaHealth {
  usable: boolean;
  /** How far it has replayed: a read that must see a later write goes to the primary. */
  replayLsn: bigint | null;
  /** 0 when it has replayed all the primary had written at the probe; else time since its last replayed commit. */
  lagMs: number | null;
  checkedAt: number;
}

const REFRESH_MS = 250;

let current: ReplicaHealth | null = null;
let inflight: Promise<ReplicaHealth> | null = null;

/**
 * The probe's answer, at most REFRESH_MS old. A stale answer is refreshed
 * before it is used rather than after: a standby paused or cut off since the
 * last probe would otherwise serve one read it should not.
 */
export function replicaHealth(replica: PrismaClient): Promise<ReplicaHealth> {
  if (current && Date.now() - current.checkedAt < REFRESH_MS) return Promise.resolve(current);
  inflight ??= probe(replica)
    // A failure marked while this probe ran is newer news than its answer.
    .then((health) => (current = current && current.checkedAt > health.checkedAt ? current : health))
    .finally(() => (inflight = null));
  return inflight;
}

/** A read on the standby failed at the connection: no read goes there until the next probe says otherwise. */
export function markReplicaDown(): void {
  current = { usable: false, replayLsn: null, lagMs: null, checkedAt: Date.now() };
}

async function probe(replica: PrismaClient): Promise<ReplicaHealth> {
  const checkedAt = Date.now();
  try {
    // The primary's position first: a standby that has replayed up to it had everything committed before the probe.
    const [primary] = await getPrisma().$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
    const [standby] = await replica.$queryRaw<{ recovering: boolean; replay: string | null; since_ms: number | null }[]>`
      SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS replay,
        (extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS since_ms`;
    if (!standby?.recovering || !standby.replay) return { usable: false, replayLsn: null, lagMs: null, checkedAt };
    const replayLsn = lsnValue(standby.replay);
    // Behind, the lag is the age of its last replayed commit (commit timestamps come from the primary's clock).
    const lagMs = replayLsn >= lsnValue(primary!.lsn) ? 0 : Math.max(0, standby.since_ms ?? Number.POSITIVE_INFINITY);
    return { usable: lagMs <= replicaMaxLagMs(), replayLsn, lagMs, checkedAt };
  } catch {
    // Unreachable (or the primary is, and then nothing is judged): reads go to the primary.
    return { usable: false, replayLsn: null, lagMs: null, checkedAt };
  }
}
