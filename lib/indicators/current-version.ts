// The catalogue version an actual is reported under, for the report writer to
// store on IndicatorActual.definitionVersion so a later revision of the 口径
// does not silently re-label old values.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/**
 * The current version of the definition each indicator is mapped to; absent
 * when it has none. Only a confirmed mapping counts: a suggestion is the
 * machine's guess, and stamping actuals with it would claim the bureau agreed
 * to that 口径. `tx` must be scoped to the indicators' tenant (RLS hides
 * anyone else's). One query for all of a report's actuals.
 */
export async function definitionVersionsFor(tx: Tx, indicatorIds: string[]): Promise<Map<string, number>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await tx.indicator.findMany({
    where: { id: { in: indicatorIds }, mappingState: "confirmed", definitionId: { not: null } },
    select: { id: true, definition: { select: { currentVersion: true } } },
  });
  return new Map(rows.flatMap((r) => (r.definition ? [[r.id, r.definition.currentVersion] as const] : [])));
}
