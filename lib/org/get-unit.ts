import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";

/** Loaded by id AND tenant: an id from another tenant is simply not found. */
export async function getUnit(tx: Tx, tenantId: string, unitId: string) {
  const unit = await tx.orgUnit.findFirst({
    where: { id: unitId, tenantId },
    include: {
      memberships: { select: { id: true, role: true, user: { select: { displayName: true, username: true } } } },
      aliases: { select: { name: true }, orderBy: { name: "asc" } },
      _count: { select: { taskUnits: true } },
    },
  });
  if (!unit) throw new NotFoundError();
  return unit;
}
