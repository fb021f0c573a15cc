// The demo's public page: 金凤 publishes its 2022 教育工作要点 (tasks, status
// and progress, indicators; no leaders, the default), at
// /public/jinfeng/<plan id>. Only when the plan is first imported, so a
// re-seed never re-publishes what an admin took down.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openTenantTransaction } from "@/lib/db/tenant-scope";

export const DEMO_PUBLISHED_PLAN = { tenant: "jinfeng", file: "jinfeng-2022-work-points.txt" } as const;

export async function publishDemoPlan(db: PrismaClient, tenantCode: string, planId: string): Promise<void> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { code: tenantCode } });
  await openTenantTransaction(db, { tenantId: tenant.id, userId: null }, async (tx) => {
    await tx.planPublication.create({ data: { tenantId: tenant.id, planId } });
  });
}
