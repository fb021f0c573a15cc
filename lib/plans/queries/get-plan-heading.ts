import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";

/** A plan's id and title, for a page's breadcrumb or a file name; by id AND tenant, so another tenant's plan is not found. */
export async function getPlanHeading(tx: Tx, tenantId: string, planId: string): Promise<{ id: string; title: string }> {
  const plan = await tx.plan.findFirst({ where: { id: planId, tenantId }, select: { id: true, title: true } });
  if (!plan) throw new NotFoundError();
  return plan;
}
