import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { InboxKind } from "@/lib/generated/prisma/enums";

/** A message to every active reporter of a unit, at once (not batched). */
export async function notifyReporters(
  tx: Tx,
  tenantId: string,
  orgUnitId: string,
  message: { kind: InboxKind; title: string; body: string; link: string },
): Promise<number> {
  const reporters = await tx.membership.findMany({
    where: { tenantId, orgUnitId, role: "unit_reporter", user: { isActive: true } },
    select: { userId: true },
  });
  await tx.inboxMessage.createMany({ data: reporters.map((r) => ({ tenantId, userId: r.userId, ...message })) });
  return reporters.length;
}
