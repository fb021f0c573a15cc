// Fills in suggested catalogue definitions for a tenant's unmapped indicators.
// Runs after a plan import (inside the import's transaction) and on a bureau
// admin's request after the catalogue grew. Only `unmapped` rows are touched:
// a suggestion never replaces a person's confirmation or an earlier suggestion.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { suggestDefinition } from "./suggest-definition";

export interface ApplySuggestionsResult {
  /** Unmapped indicators looked at. */
  considered: number;
  /** Of those, now `suggested`. */
  suggested: number;
}

/**
 * @param tx a transaction scoped to `tenantId` (the catalogue is global and readable from it)
 * @param options.planId limit to one plan (the one just imported)
 */
export async function applySuggestions(tx: Tx, tenantId: string, options: { planId?: string } = {}): Promise<ApplySuggestionsResult> {
  const catalogue = await tx.indicatorDefinition.findMany({
    select: { id: true, code: true, name: true, synonyms: true, unit: true },
    orderBy: { code: "asc" },
  });
  if (catalogue.length === 0) return { considered: 0, suggested: 0 };
  const indicators = await tx.indicator.findMany({
    where: { tenantId, mappingState: "unmapped", ...(options.planId ? { planId: options.planId } : {}) },
    select: { id: true, name: true, unit: true },
  });
  const byDefinition = new Map<string, string[]>();
  for (const indicator of indicators) {
    const suggestion = suggestDefinition(indicator, catalogue);
    if (!suggestion?.definitionId) continue;
    const ids = byDefinition.get(suggestion.definitionId) ?? [];
    ids.push(indicator.id);
    byDefinition.set(suggestion.definitionId, ids);
  }
  let suggested = 0;
  // One statement per definition (a handful), each guarded on the state read
  // above so a confirmation made meanwhile is not overwritten.
  for (const [definitionId, ids] of byDefinition) {
    const updated = await tx.indicator.updateMany({
      where: { tenantId, id: { in: ids }, mappingState: "unmapped" },
      data: { definitionId, mappingState: "suggested" },
    });
    suggested += updated.count;
  }
  return { considered: indicators.length, suggested };
}
