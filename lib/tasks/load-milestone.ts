import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";

/** By id AND tenant: another tenant's milestone is as missing as a deleted one. */
export async function loadMilestone(tx: Tx, tenantId: string, milestoneId: string) {
  const milestone = await tx.taskMilestone.findFirst({ where: { id: milestoneId, tenantId } });
  if (!milestone) throw new NotFoundError("里程碑不存在或无权访问");
  return milestone;
}
