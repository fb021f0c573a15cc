import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openTenantTransaction, type Tx } from "@/lib/db/tenant-scope";

/**
 * Jobs work tenant by tenant, each in its own scoped transaction, so a job is
 * held to the same row-level security as a request.
 */
export async function forEachBureau<T>(client: PrismaClient, fn: (tx: Tx, tenantId: string) => Promise<T>): Promise<T[]> {
  const tenants = await client.tenant.findMany({ where: { kind: "bureau" }, select: { id: true }, orderBy: { code: "asc" } });
  const out: T[] = [];
  for (const t of tenants) out.push(await openTenantTransaction(client, { tenantId: t.id, userId: null }, (tx) => fn(tx, t.id), { timeoutMs: 60_000 }));
  return out;
}
