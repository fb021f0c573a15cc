// Who may pass a wrapper and which transaction its handler gets. Three
// scopes: a tenant's data (the caller's active tenant, by the permission
// table), the platform (a platform admin, who belongs to no tenant), and an
// account (the caller's own rows, or anyone's for a platform admin).
import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant-scope";
import { can, isWritePermission, platformRole, type Permission } from "./permissions";
import { hasTenant, type AuthSession, type TenantSession } from "./session";
import { withUser } from "./user-scope";

export interface Scope<S extends AuthSession> {
  /** Names the scope in the log line of an unexpected failure. */
  name: string;
  authorize: (session: AuthSession) => session is S;
  transaction: <T>(session: S, work: (tx: Tx) => Promise<T>) => Promise<T>;
}

/** The active tenant's data; a read permission opens a READ ONLY transaction. */
export function tenantScope(permission: Permission): Scope<TenantSession> {
  return {
    name: "tenant",
    authorize: (session): session is TenantSession => hasTenant(session) && can(session.role, permission),
    transaction: (session, work) => withTenant(session, work, { readOnly: !isWritePermission(permission) }),
  };
}

const isPlatformAdmin = (session: AuthSession) => can(platformRole(session), "platform:manage");

/**
 * The platform (the indicator catalogue, tenants, platform accounts). A
 * platform admin acts as one even while a tenant membership is active. Its
 * transaction sets no tenant, so tenant tables show nothing; app.user_id lets
 * the platform_admin policies admit it.
 */
export const platformScope: Scope<AuthSession> = {
  name: "platform",
  authorize: (session): session is AuthSession => isPlatformAdmin(session),
  transaction: (session, work) => withUser(session.userId, work),
};

/** "own-account": any signed-in user, about themselves; "platform:manage": a platform admin, about anyone. */
export function accountScope(permission: "own-account" | "platform:manage"): Scope<AuthSession> {
  return {
    name: "account",
    authorize: (session): session is AuthSession => permission === "own-account" || isPlatformAdmin(session),
    transaction: (session, work) => withUser(session.userId, work),
  };
}
