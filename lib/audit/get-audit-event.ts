import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { readSnapshot, snapshotActorIds } from "./read-snapshot";

/** One audit event with its full before/after, by id AND tenant; a deletion's snapshot read back for display. */
export async function getAuditEvent(tx: Tx, tenantId: string, id: string) {
  const event = await tx.auditEvent.findFirst({ where: { id, tenantId } });
  if (!event) throw new NotFoundError();
  const before = event.before && typeof event.before === "object" && !Array.isArray(event.before) ? (event.before as Record<string, unknown>) : null;
  const { snapshot: rawSnapshot, ...beforeRest } = before ?? {};
  const snapshot = rawSnapshot === undefined ? null : readSnapshot(rawSnapshot);
  const actorIds = [event.actorUserId, ...(snapshot ? snapshotActorIds(snapshot) : [])].filter((x): x is string => Boolean(x));
  const users = actorIds.length ? await tx.user.findMany({ where: { id: { in: [...new Set(actorIds)] } }, select: { id: true, displayName: true } }) : [];
  return {
    event: { ...event, before: before ? beforeRest : event.before },
    snapshot,
    actorNames: Object.fromEntries(users.map((u) => [u.id, u.displayName])) as Record<string, string>,
  };
}

export type AuditEventDetail = Awaited<ReturnType<typeof getAuditEvent>>;
