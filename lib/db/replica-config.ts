// What the read replica is (README, 读副本): DATABASE_REPLICA_URL names a
// streaming standby reached as the app role; without it nothing about reads
// changes and none of lib/db/replica-*.ts runs.

/** The standby's URL (app role), or null: then every transaction runs on the primary. */
export function replicaUrl(): string | null {
  return process.env.DATABASE_REPLICA_URL || null;
}

/**
 * How far behind the primary the standby may be and still serve reads
 * (decision 0040): a dashboard a few seconds old is what a reviewer refreshing
 * for someone else's new report tolerates, and a user's own writes never wait
 * on it (read-your-writes). Past it, reads go to the primary.
 */
export function replicaMaxLagMs(): number {
  const value = Number(process.env.DATABASE_REPLICA_MAX_LAG_MS ?? 2_000);
  return Number.isFinite(value) && value >= 0 ? value : 2_000;
}

/**
 * The read-after cookie's lifetime: once a write is older than the lag bound,
 * a standby within the bound has replayed it (it replays in commit order), so
 * the cookie need not outlive the bound; a minute covers any bound up to it.
 */
export function readAfterSeconds(): number {
  return Math.max(60, Math.ceil(replicaMaxLagMs() / 1000));
}
