-- Users behind row-level security, credentials behind one narrow door
-- (hand-written: no schema change). Before this, the app role could read every
-- user's row, password hash included, from inside any tenant's transaction.
--
-- What the app role sees of users now:
--   own_user        its own row (app.user_id): session lookup, sign-in bookkeeping, /account
--   tenant_members  the members of the transaction's tenant (app.tenant_id): members admin,
--                   actor names, digests, unit pages
--   platform_admin  every row, when app.user_id is an active platform admin
-- and never password_hash: the column privileges set by ensureAppRole (lib/db/provision.ts)
-- leave it out of SELECT, and the server refuses to start when they do not (lib/db/rls-guard.ts).
-- Sign-in reads a password hash only through sign_in_credentials(), one username at a time.
--
-- Enabled, not forced: FORCE would apply these policies to the owner too, and the
-- owner is the role behind the SECURITY DEFINER functions (sign_in_credentials,
-- app_user_is_platform_admin, prune_auth_records) and the seeds. Forced, those would
-- see nothing on a server whose owner is not a superuser, and the platform-admin
-- policy would call a function that reads users under that same policy. The app
-- role never owns the tables (checked at start-up), so ENABLE binds it fully.
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;

CREATE POLICY own_user ON "users"
  USING (id = (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid))
  WITH CHECK (id = (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid));

CREATE POLICY tenant_members ON "users"
  USING (id IN (SELECT m.user_id FROM memberships m WHERE m.tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)))
  WITH CHECK (id IN (SELECT m.user_id FROM memberships m WHERE m.tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)));

-- A bureau admin's new account is not yet a member when its row is written (the
-- membership refers to it), so inserting needs its own rule: only inside a tenant's
-- transaction, and never a platform admin (ensureAppRole also withholds that column).
CREATE POLICY new_tenant_member ON "users" FOR INSERT
  WITH CHECK ((SELECT NULLIF(current_setting('app.tenant_id', true), '')) IS NOT NULL AND NOT is_platform_admin);

CREATE POLICY platform_admin_read ON "users" FOR SELECT
  USING ((SELECT app_user_is_platform_admin()));

-- The one way to a password hash: what sign-in needs, for one username.
CREATE FUNCTION sign_in_credentials(p_username text)
RETURNS TABLE (
  user_id uuid,
  display_name text,
  password_hash text,
  is_active boolean,
  session_version integer
)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT u.id, u.display_name, u.password_hash, u.is_active, u.session_version
  FROM public.users u
  WHERE u.username = p_username
$$;
