// How many definition-and-date conflicts wait for a reviewer: the count on
// the review page's link to the list (decision 0035).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { conflictValuesSql } from "./conflict-values-sql";

export async function countConflicts(tx: Tx, tenantId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT (c.definition_id, c.as_of))::int AS n FROM (${conflictValuesSql(tenantId)}) c`;
  return row?.n ?? 0;
}
