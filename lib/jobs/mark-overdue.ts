// Marks slots whose due date has passed without a submission. Idempotent: a
// slot is marked once; the digest tells people about it.
import "server-only";
import { overdueSlotWhere } from "@/lib/reports/slot-status";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/reports/periods";
import { forEachBureau } from "./tenant-loop";

export async function markOverdueSlots(client: PrismaClient, today = todayInChina()): Promise<number> {
  const counts = await forEachBureau(client, (tx, tenantId) =>
    tx.reportSlot.updateMany({
      where: { tenantId, ...overdueSlotWhere(today), overdueMarkedAt: null },
      data: { overdueMarkedAt: new Date() },
    }),
  );
  return counts.reduce((n, c) => n + c.count, 0);
}
