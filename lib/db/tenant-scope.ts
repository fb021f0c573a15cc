// The one place that opens a tenant-scoped transaction. Its first statement
// sets app.tenant_id (and app.user_id) for this transaction only; the RLS
// policies in the migrations read them, so a query that forgets its tenant
// filter sees nothing rather than someone else's rows.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "./client";
import { runTransaction } from "./one-connection";
import { scopeStatement, type ScopeSpec } from "./scope-statement";
import { assertRlsEnforced } from "./rls-guard";
import { replicaUrl } from "./replica-config";
import { primaryLsn, routeRead } from "./replica-router";
import { can, isReadOnlyRole } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

export type Tx = Prisma.TransactionClient;
export type { ScopeSpec };

export interface ScopeOptions {
  readOnly?: boolean;
  timeoutMs?: number;
}

/** Low-level: callers outside lib/db go through withTenant / readTenant / withChildTenant(s) below. */
export async function openTenantTransaction<T>(
  client: PrismaClient,
  scope: ScopeSpec,
  fn: (tx: Tx, children: ChildTenant[]) => Promise<T>,
  options: ScopeOptions = {},
): Promise<T> {
  return runTransaction(
    client,
    async (tx) => {
      // One statement: the scope, the child tenants and READ ONLY for reads (scope-statement.ts).
      const [row] = await tx.$queryRaw<{ children: ChildTenant[] }[]>(scopeStatement(scope, { readOnly: options.readOnly }));
      return fn(tx, row!.children);
    },
    { timeout: options.timeoutMs ?? 15_000, maxWait: 5_000 },
  );
}

/**
 * A READ ONLY scoped transaction on the standby when one is configured and
 * may serve it (replica-router.ts: within the lag bound, past `readAfterLsn`),
 * else on the primary `client`. Without DATABASE_REPLICA_URL it is
 * openTenantTransaction and nothing more.
 */
function openReadTransaction<T>(
  client: PrismaClient,
  scope: ScopeSpec,
  fn: (tx: Tx, children: ChildTenant[]) => Promise<T>,
  readAfterLsn: string | null | undefined,
  options: ScopeOptions = {},
): Promise<T> {
  const read = { ...options, readOnly: true };
  if (!replicaUrl()) return openTenantTransaction(client, scope, fn, read);
  return routeRead(client, readAfterLsn, (chosen) => openTenantTransaction(chosen, scope, fn, read));
}

/** The app client, checked once per process to be subject to RLS. */
export async function appClient(): Promise<PrismaClient> {
  const client = getPrisma();
  await assertRlsEnforced(client);
  return client;
}

/**
 * Runs `fn` in one transaction scoped to the caller's active tenant. A city
 * viewer's transactions are read-only at the database level. A transaction is
 * one connection: await its queries one after another (pg deprecates
 * overlapping queries on a client, and they would queue anyway).
 */
export async function withTenant<T>(session: TenantSession, fn: (tx: Tx) => Promise<T>, options: ScopeOptions = {}): Promise<T> {
  const readOnly = options.readOnly || isReadOnlyRole(session.role);
  const scope = { tenantId: session.tenant.tenantId, userId: session.userId };
  if (readOnly) return openReadTransaction(await appClient(), scope, fn, session.readAfterLsn, options);
  const result = await openTenantTransaction(await appClient(), scope, fn, options);
  // Read-your-writes: this caller's next reads must see this commit (the wrapper core carries it to the next request).
  session.readAfterLsn = (await primaryLsn()) ?? session.readAfterLsn;
  return result;
}

/**
 * What a page renders from: withTenant in a READ ONLY transaction. It is the
 * marker a replica router would key on (docs/scaling.md), and a page that
 * tried to write would fail loudly instead of writing on a GET.
 */
export function readTenant<T>(session: TenantSession, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(session, fn, { readOnly: true });
}

export interface ChildTenant {
  id: string;
  code: string;
  name: string;
}

/** The bureaus directly under the caller's (city) tenant, from the tenant hierarchy. */
export async function listChildTenants(session: TenantSession): Promise<ChildTenant[]> {
  if (!can(session.role, "children:read")) return [];
  const client = await appClient();
  return client.tenant.findMany({
    where: { parentId: session.tenant.tenantId },
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
}

/**
 * The city view's only way into a district's data: the child must sit under
 * the caller's tenant, and the transaction is read-only.
 */
export async function withChildTenant<T>(session: TenantSession, childCode: string, fn: (tx: Tx, child: ChildTenant) => Promise<T>): Promise<T> {
  const child = (await listChildTenants(session)).find((c) => c.code === childCode);
  if (!child) throw new NotFoundError();
  return openReadTransaction(await appClient(), { tenantId: child.id, userId: session.userId }, (tx) => fn(tx, child), session.readAfterLsn);
}

/**
 * The city view's way to read all its districts in one query: the children
 * come from the tenant hierarchy (in the transaction's first statement), the
 * transaction is read-only, and the child_tenants_read policies admit SELECT
 * on exactly those tenants. Only a role with children:read (the city viewer)
 * has children to read.
 */
export async function withChildTenants<T>(session: TenantSession, fn: (tx: Tx, children: ChildTenant[]) => Promise<T>): Promise<T> {
  return openReadTransaction(
    await appClient(),
    { tenantId: session.tenant.tenantId, userId: session.userId, childrenOf: can(session.role, "children:read") ? session.tenant.tenantId : undefined },
    fn,
    session.readAfterLsn,
  );
}

/**
 * A platform admin's transaction (platformAction's, which starts unscoped)
 * acting on one tenant: creating it with its first admin, managing its
 * accounts, ending its people's sessions. Its first statement, like
 * openTenantTransaction's: app.user_id names the platform admin (the
 * tenants, users and sessions policies admit platform admins by it) and
 * app.tenant_id the tenant whose member rows are written. The tenant is the
 * caller's choice here, which is what a platform admin is for; the wrapper has
 * checked that the session is one.
 */
export async function scopePlatformTransaction(tx: Tx, scope: { userId: string | null; tenantId: string }): Promise<void> {
  await tx.$queryRaw`SELECT set_config('app.user_id', ${scope.userId ?? ""}, true), set_config('app.tenant_id', ${scope.tenantId}, true)`;
}

export interface PublishedTenant {
  id: string;
  code: string;
  name: string;
}

/**
 * The public page's only way into tenant data (lib/public): no session, no
 * user. The bureau is found by its code in the tenant directory (readable by
 * anyone); its data is read in a READ ONLY transaction scoped to it with no
 * user, so nothing can be written and RLS still binds every read to that one
 * bureau. What is shown of it is lib/public's whitelist of published plans.
 * An unknown code, a city, or a deactivated bureau answers NotFoundError.
 */
export async function readPublishedTenant<T>(code: string, fn: (tx: Tx, tenant: PublishedTenant) => Promise<T>): Promise<T> {
  const client = await appClient();
  const tenant = await client.tenant.findFirst({ where: { code, kind: "bureau", isActive: true }, select: { id: true, code: true, name: true } });
  if (!tenant) throw new NotFoundError();
  // The public cache (lib/public) reloads when the primary NOTIFYs a publication change: a load must then see
  // everything the primary has, or the standby's older answer would be cached until the TTL. Loads are cache misses, so rare.
  return openReadTransaction(client, { tenantId: tenant.id, userId: null }, (tx) => fn(tx, tenant), await primaryLsn());
}
