import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { findCarriedInto } from "./carried-into";

/** What the 结转 button needs: the plan it already went into, else how many tasks would go. */
export async function getCarryOverState(tx: Tx, tenantId: string, planId: string) {
  const into = await findCarriedInto(tx, tenantId, planId);
  const unfinished = into ? 0 : await tx.task.count({ where: { tenantId, planId, status: { not: "completed" } } });
  return { into, unfinished };
}
