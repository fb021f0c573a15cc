// How much reporting hangs off a plan: deleting or re-importing a plan
// cascades to its tasks' slots, reports, evidence and indicator actuals, so
// the people about to do it must know, and a re-import must not do it silently.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** Reports past the draft stage (submitted, returned or approved) on the plan's tasks. */
export async function countPlanReports(tx: Tx, tenantId: string, planId: string): Promise<number> {
  return tx.report.count({
    where: { tenantId, status: { not: "draft" }, slot: { tenantId, task: { tenantId, planId } } },
  });
}
