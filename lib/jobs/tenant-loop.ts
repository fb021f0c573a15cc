import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openTenantTransaction, type Tx } from "@/lib/db/tenant-scope";

/** Every bureau (jobs skip cities: they own no tasks), in a stable order. */
export async function listBureauIds(client: PrismaClient): Promise<string[]> {
  const tenants = await client.tenant.findMany({ where: { kind: "bureau" }, select: { id: true }, orderBy: { code: "asc" } });
  return tenants.map((t) => t.id);
}

/**
 * Jobs work tenant by tenant, each in its own scoped transaction, so a job is
 * held to the same row-level security as a request.
 */
export async function forEachBureau<T>(client: PrismaClient, fn: (tx: Tx, tenantId: string) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const tenantId of await listBureauIds(client))
    out.push(await openTenantTransaction(client, { tenantId, userId: null }, (tx) => fn(tx, tenantId), { timeoutMs: 60_000 }));
  return out;
}
