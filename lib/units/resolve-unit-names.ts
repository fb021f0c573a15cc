// Names a document (or a task edit) gives → the tenant's units. A name is the
// unit it spells exactly, else a unit whose name is the same under
// unitNameKey (各中小学校、幼儿园 → 各中小学、幼儿园), else the unit that carries
// it as a former name (an alias left by a merge or a rename), else a new unit
// with a guessed kind. The tenant's units are read whole: a district has a few
// hundred, and keys computed here follow the rules as they are today, where
// a stored key column would keep yesterday's.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { guessUnitKind } from "./classify-unit";
import { unitNameKey } from "./normalise-unit-name";

export interface ResolvedUnits {
  /** Every given name → its unit's id. */
  ids: Map<string, string>;
  created: number;
}

export async function resolveUnitNames(tx: Tx, tenantId: string, names: string[]): Promise<ResolvedUnits> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  const index = await unitIndex(tx, tenantId);
  const ids = new Map<string, string>();
  const missing = new Map<string, string>(); // key → the first spelling met
  for (const name of wanted) {
    const id = index.exact.get(name) ?? index.byKey.get(unitNameKey(name)) ?? index.byAlias.get(unitNameKey(name));
    if (id) ids.set(name, id);
    else if (!missing.has(unitNameKey(name))) missing.set(unitNameKey(name), name);
  }
  if (missing.size > 0) {
    const created = await tx.orgUnit.createManyAndReturn({
      data: [...missing.values()].map((name) => ({ tenantId, name, kind: guessUnitKind(name) })),
      select: { id: true, name: true },
    });
    const createdByKey = new Map(created.map((u) => [unitNameKey(u.name), u.id]));
    for (const name of wanted) if (!ids.has(name)) ids.set(name, createdByKey.get(unitNameKey(name))!);
  }
  return { ids, created: missing.size };
}

async function unitIndex(tx: Tx, tenantId: string) {
  // Oldest first: when two existing units share a key, the older one wins.
  const units = await tx.orgUnit.findMany({ where: { tenantId }, select: { id: true, name: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const aliases = await tx.orgUnitAlias.findMany({ where: { tenantId }, select: { name: true, orgUnitId: true } });
  const exact = new Map(units.map((u) => [u.name, u.id]));
  const byKey = new Map<string, string>();
  for (const u of units) if (!byKey.has(unitNameKey(u.name))) byKey.set(unitNameKey(u.name), u.id);
  const byAlias = new Map(aliases.map((a) => [unitNameKey(a.name), a.orgUnitId]));
  return { exact, byKey, byAlias };
}
