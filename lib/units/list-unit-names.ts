// Every unit of the tenant by name, for the merge target picker.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export function listUnitNames(tx: Tx, tenantId: string) {
  return tx.orgUnit.findMany({ where: { tenantId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
