// The one place that opens a tenant-scoped transaction. Its first statement
// sets app.tenant_id (and app.user_id) for this transaction only; the RLS
// policies in the migrations read them, so a query that forgets its tenant
// filter sees nothing rather than someone else's rows.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "./client";
import { assertRlsEnforced } from "./rls-guard";

export type Tx = Prisma.TransactionClient;

export interface ScopeOptions {
  readOnly?: boolean;
  timeoutMs?: number;
}

/** Low-level: callers outside lib/db go through withTenant / withChildTenant in lib/auth. */
export async function openTenantTransaction<T>(
  client: PrismaClient,
  scope: { tenantId: string | null; userId: string | null },
  fn: (tx: Tx) => Promise<T>,
  options: ScopeOptions = {},
): Promise<T> {
  return client.$transaction(
    async (tx) => {
      if (options.readOnly) await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${scope.tenantId ?? ""}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`;
      return fn(tx);
    },
    { timeout: options.timeoutMs ?? 15_000, maxWait: 5_000 },
  );
}

/** The app client, checked once per process to be subject to RLS. */
export async function appClient(): Promise<PrismaClient> {
  const client = getPrisma();
  await assertRlsEnforced(client);
  return client;
}
