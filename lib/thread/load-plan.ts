import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";

/** A plan's kind and years, by id AND tenant: what the thread's rules depend on. */
export async function loadThreadPlan(tx: Tx, tenantId: string, planId: string) {
  const plan = await tx.plan.findFirst({
    where: { id: planId, tenantId },
    select: { id: true, title: true, kind: true, startYear: true, endYear: true },
  });
  if (!plan) throw new NotFoundError("计划不存在或无权访问");
  return plan;
}
