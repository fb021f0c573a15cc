import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { InboxKind } from "@/lib/generated/prisma/enums";

export interface UnitMessage {
  kind: InboxKind;
  title: string;
  body: string;
  link: string;
}

/** A message to every active reporter of a unit, at once (not batched). */
export async function notifyReporters(tx: Tx, tenantId: string, orgUnitId: string, message: UnitMessage): Promise<number> {
  return notifyUnitsReporters(tx, tenantId, [{ orgUnitId, message }]);
}

/** One message per unit to each of its active reporters: one lookup and one insert for all units. Returns the messages sent. */
export async function notifyUnitsReporters(tx: Tx, tenantId: string, items: { orgUnitId: string; message: UnitMessage }[]): Promise<number> {
  if (items.length === 0) return 0;
  const reporters = await tx.membership.findMany({
    where: { tenantId, orgUnitId: { in: [...new Set(items.map((i) => i.orgUnitId))] }, role: "unit_reporter", user: { isActive: true } },
    select: { userId: true, orgUnitId: true },
  });
  const data = items.flatMap(({ orgUnitId, message }) =>
    reporters.filter((r) => r.orgUnitId === orgUnitId).map((r) => ({ tenantId, userId: r.userId, ...message })),
  );
  if (data.length > 0) await tx.inboxMessage.createMany({ data });
  return data.length;
}
