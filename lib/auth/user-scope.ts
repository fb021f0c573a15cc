// A transaction scoped to one user and no tenant: app.user_id is set, so the
// own_* policies admit that user's row and sessions and nothing of anyone
// else's. What signing in, signing out and the account page run in; a platform
// admin's transaction is the same, with the platform_admin policies on top.
import "server-only";
import { appClient, openTenantTransaction, type ScopeOptions, type Tx } from "@/lib/db/tenant-scope";

export function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>, options: ScopeOptions = {}): Promise<T> {
  return appClient().then((client) => openTenantTransaction(client, { tenantId: null, userId }, (tx) => fn(tx), options));
}
