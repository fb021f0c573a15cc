// The units (所属单位) and people (对应责任领导) an import names, each looked up
// once and created when new, in one statement each.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { normalisePersonName } from "@/lib/org/person-name";
import { guessUnitKind } from "@/lib/units/classify-unit";

export async function ensureUnits(tx: Tx, tenantId: string, names: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return new Map();
  await tx.orgUnit.createMany({ data: wanted.map((name) => ({ tenantId, name, kind: guessUnitKind(name) })), skipDuplicates: true });
  const units = await tx.orgUnit.findMany({ where: { tenantId, name: { in: wanted } }, select: { id: true, name: true } });
  return new Map(units.map((u) => [u.name, u.id]));
}

/**
 * People by their normalised name: a plan may have stored "赵 丽" before names
 * were normalised, so every person of the tenant is compared the same way.
 */
export async function ensurePeople(tx: Tx, tenantId: string, names: string[]) {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return new Map<string, { id: string; userId: string | null }>();
  const find = async () => {
    const all = await tx.person.findMany({ where: { tenantId }, select: { id: true, name: true, userId: true }, orderBy: { createdAt: "asc" } });
    const byName = new Map<string, { id: string; userId: string | null }>();
    for (const p of all) if (!byName.has(normalisePersonName(p.name))) byName.set(normalisePersonName(p.name), p);
    return byName;
  };
  let byName = await find();
  const missing = wanted.filter((n) => !byName.has(n));
  if (missing.length > 0) {
    await tx.person.createMany({ data: missing.map((name) => ({ tenantId, name })), skipDuplicates: true });
    byName = await find();
  }
  return byName;
}
