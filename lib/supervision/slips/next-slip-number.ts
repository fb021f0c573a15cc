// The next 督办单 number of a bureau's year: 1, 2, 3… with no gap and no
// duplicate. Two staff issuing at once would both read the same max, so the
// read is serialised per tenant and year by a transaction-scoped advisory lock
// (released at commit or rollback); the unique index (tenant, year, number) is
// the backstop. A rolled-back issue leaves no gap: its number was never committed.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** Lock namespace of slip numbering (first key of the two-key advisory lock). */
const LOCK_NAMESPACE = "supervision_slip_number";

export async function nextSlipNumber(tx: Tx, tenantId: string, year: number): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK_NAMESPACE}), hashtext(${`${tenantId}:${year}`}))`;
  const { _max } = await tx.supervisionSlip.aggregate({ where: { tenantId, year }, _max: { number: true } });
  return (_max.number ?? 0) + 1;
}
