import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The check per client, shared by requests that arrive while it runs; a failed
// check is forgotten so the next call tries again.
const checks = new WeakMap<object, Promise<void>>();

/**
 * Fails closed if the app was started with a role that ignores row-level
 * security (superuser, BYPASSRLS or table owner): tenant isolation would then
 * rest on application code alone.
 */
export function assertRlsEnforced(client: PrismaClient): Promise<void> {
  const pending = checks.get(client);
  if (pending) return pending;
  const check = (async () => {
    const rows = await client.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean; owns_tables: boolean; reads_hashes: boolean; grants_admin: boolean }[]>`
      SELECT r.rolsuper, r.rolbypassrls,
             EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS owns_tables,
             has_column_privilege('public.users', 'password_hash', 'SELECT') AS reads_hashes,
             has_column_privilege('public.users', 'is_platform_admin', 'UPDATE') AS grants_admin
      FROM pg_roles r WHERE r.rolname = current_user`;
    const role = rows[0];
    if (!role || role.rolsuper || role.rolbypassrls || role.owns_tables) {
      throw new Error(
        "The app's database role bypasses row-level security (superuser, BYPASSRLS or table owner). Connect with the app role: see README, APP_DATABASE_URL.",
      );
    }
    // Password hashes are read only through sign_in_credentials(); platform admins are made by the owner.
    if (role.reads_hashes || role.grants_admin) {
      throw new Error(
        "The app's database role may read users.password_hash or write users.is_platform_admin. Grant it column privileges as ensureAppRole does (lib/db/provision.ts), or let `npm start` provision it.",
      );
    }
  })();
  checks.set(client, check);
  check.catch(() => checks.delete(client));
  return check;
}
