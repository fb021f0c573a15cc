// Opens each running plan's current reporting period (idempotent), so slots
// appear without anyone having to remember to open them.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentPeriodSpec, openReportingPeriod } from "@/lib/reports/open-period";
import { todayInChina } from "@/lib/reports/periods";
import { forEachBureau } from "./tenant-loop";

export async function openCurrentPeriods(client: PrismaClient, today = todayInChina()): Promise<number> {
  const year = today.getUTCFullYear();
  const counts = await forEachBureau(client, async (tx, tenantId) => {
    const plans = await tx.plan.findMany({ where: { tenantId, startYear: { lte: year }, endYear: { gte: year } } });
    let slots = 0;
    for (const plan of plans) {
      const spec = currentPeriodSpec(plan.reportingFrequency, plan.startYear, plan.endYear, today);
      slots += (await openReportingPeriod(tx, tenantId, plan.id, spec)).slotsCreated;
    }
    return slots;
  });
  return counts.reduce((a, b) => a + b, 0);
}
