// The catalogue version an actual is reported under, for the report writer to
// store on IndicatorActual.definitionVersion so a later revision of the 口径
// does not silently re-label old values.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/**
 * The current version of the definition the indicator is mapped to, or null.
 * Only a confirmed mapping counts: a suggestion is the machine's guess, and
 * stamping actuals with it would claim the bureau agreed to that 口径.
 * `tx` must be scoped to the indicator's tenant (RLS hides anyone else's).
 */
export async function definitionVersionFor(tx: Tx, indicatorId: string): Promise<number | null> {
  const indicator = await tx.indicator.findFirst({
    where: { id: indicatorId, mappingState: "confirmed", definitionId: { not: null } },
    select: { definition: { select: { currentVersion: true } } },
  });
  return indicator?.definition?.currentVersion ?? null;
}
