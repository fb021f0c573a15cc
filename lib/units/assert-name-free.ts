// A unit name may be given (new unit, rename) only when no other unit of the
// tenant has it, spells it differently (unitNameKey) or had it before (an
// alias of another unit): each of those is the same body, which wants a
// merge, not a second row the next import could not tell apart.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { UNIT_MESSAGES as M } from "./messages";
import { unitNameKey } from "./normalise-unit-name";

export async function assertNameFree(tx: Tx, tenantId: string, name: string, exceptUnitId?: string): Promise<void> {
  const key = unitNameKey(name);
  const others = await tx.orgUnit.findMany({ where: { tenantId, ...(exceptUnitId ? { id: { not: exceptUnitId } } : {}) }, select: { name: true } });
  const refuse = (message: string) => {
    throw new UserFacingError(message, { name: [message] });
  };
  if (others.some((u) => u.name === name)) refuse(M.nameTaken(name));
  const variant = others.find((u) => unitNameKey(u.name) === key);
  if (variant) refuse(M.nameVariant(variant.name));
  const aliases = await tx.orgUnitAlias.findMany({
    where: { tenantId, ...(exceptUnitId ? { orgUnitId: { not: exceptUnitId } } : {}) },
    select: { name: true, orgUnit: { select: { name: true } } },
  });
  const alias = aliases.find((a) => unitNameKey(a.name) === key);
  if (alias) refuse(M.nameIsAlias(name, alias.orgUnit.name));
}
