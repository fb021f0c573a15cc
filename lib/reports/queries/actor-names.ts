import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** Display names of the users behind a list of events (who changed what), in one query. */
export async function actorNames(tx: Tx, events: { actorUserId: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.map((e) => e.actorUserId).filter((x): x is string => Boolean(x)))];
  if (ids.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
