import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** Every unit of the tenant by name, as a picker's options (binding a reporter to its unit). */
export async function listUnitOptions(tx: Tx, tenantId: string): Promise<{ id: string; name: string }[]> {
  return tx.orgUnit.findMany({ where: { tenantId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
