import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** A plan's sections as flat rows in document order (nestSections / buildSectionTree turn them into the tree). */
export async function listPlanSections(tx: Tx, tenantId: string, planId: string) {
  return tx.section.findMany({
    where: { tenantId, planId },
    orderBy: { position: "asc" },
    select: { id: true, parentId: true, title: true, position: true },
  });
}
