import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** How many of the tenant's indicators use each catalogue definition (in any state but unmapped), by definition id. */
export async function countMappedIndicators(tx: Tx, tenantId: string): Promise<Map<string, number>> {
  const groups = await tx.indicator.groupBy({ by: ["definitionId"], where: { tenantId, definitionId: { not: null } }, _count: { _all: true } });
  return new Map(groups.flatMap((g) => (g.definitionId ? [[g.definitionId, g._count._all] as const] : [])));
}
