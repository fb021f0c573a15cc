// Every notification goes through here: the in-app inbox row, and (lib/outbox)
// the copies for e-mail and group robots, all in the caller's transaction, so
// a notice exists exactly when the event that caused it does.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InboxKind } from "@/lib/generated/prisma/enums";
import { queueEmails, queueUnitRobots } from "@/lib/outbox/queue-messages";

export interface UnitMessage {
  kind: InboxKind;
  title: string;
  body: string;
  link: string;
  /**
   * Stable identity of this notice (e.g. `urge:<slotId>:<day>`): the outbox
   * queues one delivery per channel and key, so a retried job or action never
   * sends it twice. Omitted: a fresh key per call.
   */
  key?: string;
  /** A daily digest's day: at most one per person and day in the inbox (a repeat is skipped). */
  digestDate?: Date;
}

export interface UserNotice {
  userId: string;
  message: UnitMessage;
}

/** Who a unit's notices reach: its reporters whose account is active. The one definition (urge-slots.ts counts with it). */
export function activeReporterWhere(tenantId: string, unitIds: string[]): Prisma.MembershipWhereInput {
  return { tenantId, orgUnitId: { in: unitIds }, role: "unit_reporter", user: { isActive: true } };
}

/** A message to every active reporter of a unit, at once (not batched). */
export async function notifyReporters(tx: Tx, tenantId: string, orgUnitId: string, message: UnitMessage): Promise<number> {
  return notifyUnitsReporters(tx, tenantId, [{ orgUnitId, message }]);
}

/**
 * One message per unit to each of its active reporters: one lookup and one
 * insert for all units. Urges, 督办单, overdue notices and digests also go to
 * the unit's group robot, once per unit, reporters or not. Returns the inbox
 * messages sent.
 */
export async function notifyUnitsReporters(tx: Tx, tenantId: string, items: { orgUnitId: string; message: UnitMessage }[]): Promise<number> {
  if (items.length === 0) return 0;
  await queueUnitRobots(tx, tenantId, items);
  const reporters = await tx.membership.findMany({
    where: activeReporterWhere(tenantId, [...new Set(items.map((i) => i.orgUnitId))]),
    select: { userId: true, orgUnitId: true },
  });
  const notices = items.flatMap(({ orgUnitId, message }) => reporters.filter((r) => r.orgUnitId === orgUnitId).map((r) => ({ userId: r.userId, message })));
  return notifyUsers(tx, tenantId, notices);
}

/** A unit's group robot only (a unit's daily digest: its reporters get their own). */
export async function notifyUnitRobots(tx: Tx, tenantId: string, items: { orgUnitId: string; message: UnitMessage }[]): Promise<number> {
  return queueUnitRobots(tx, tenantId, items);
}

/**
 * Messages to named users (staff, leaders), and their e-mail copies. Returns
 * the inbox messages written (a digest already there for the day is skipped).
 */
export async function notifyUsers(tx: Tx, tenantId: string, notices: UserNotice[]): Promise<number> {
  if (notices.length === 0) return 0;
  const { count } = await tx.inboxMessage.createMany({
    data: notices.map(({ userId, message }) => ({
      tenantId,
      userId,
      kind: message.kind,
      title: message.title,
      body: message.body,
      link: message.link,
      digestDate: message.digestDate ?? null,
    })),
    skipDuplicates: true,
  });
  await queueEmails(tx, tenantId, notices);
  return count;
}

/** The bureau's active staff (admins and staff): who hears of requests and replies that wait for them. */
export async function bureauStaffUserIds(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { tenantId, role: { in: ["bureau_admin", "bureau_staff"] }, user: { isActive: true } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}
