// The units that have 督办单 the caller may see: the choices of the list's unit filter.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { slipScopeFor } from "./slip-scope";

/** The units that have slips the caller may see, for the list's unit filter. */
export async function slipUnits(tx: Tx, session: TenantSession): Promise<{ id: string; name: string }[]> {
  const rows = await tx.supervisionSlip.findMany({
    where: slipScopeFor(session),
    distinct: ["orgUnitId"],
    select: { orgUnit: { select: { id: true, name: true } } },
  });
  return rows.map((r) => r.orgUnit).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}
