// Likely duplicates for the units page: units whose names are the same under
// unitNameKey (a variant spelling: the import already treats them as one),
// or under the looser key (发改部门 / 县发改局: maybe one body, the admin judges).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { looseUnitKey, unitNameKey } from "./normalise-unit-name";

export interface DuplicateSuggestion {
  /** The unit to keep (the older one, or the one with more task links). */
  keep: { id: string; name: string };
  merge: { id: string; name: string };
  /** Same name written differently (true), or only a likely match (false). */
  variant: boolean;
}

const MAX_SUGGESTIONS = 20;

export async function suggestDuplicates(tx: Tx, tenantId: string): Promise<DuplicateSuggestion[]> {
  const units = await tx.orgUnit.findMany({
    where: { tenantId },
    select: { id: true, name: true, _count: { select: { taskUnits: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byLoose = new Map<string, typeof units>();
  for (const u of units) byLoose.set(looseUnitKey(u.name), [...(byLoose.get(looseUnitKey(u.name)) ?? []), u]);
  const out: DuplicateSuggestion[] = [];
  for (const group of byLoose.values()) {
    if (group.length < 2) continue;
    const [keep, ...rest] = [...group].sort((a, b) => b._count.taskUnits - a._count.taskUnits);
    for (const other of rest) {
      out.push({
        keep: { id: keep!.id, name: keep!.name },
        merge: { id: other.id, name: other.name },
        variant: unitNameKey(keep!.name) === unitNameKey(other.name),
      });
    }
  }
  // Variants first: they are certain.
  return out.sort((a, b) => Number(b.variant) - Number(a.variant)).slice(0, MAX_SUGGESTIONS);
}
