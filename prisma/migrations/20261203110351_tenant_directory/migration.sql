-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "is_active" BOOLEAN NOT NULL DEFAULT true;

-- Hand-written below (issue 12: tenants managed from /platform). Prisma's
-- schema cannot express policies or functions.

-- The tenant directory becomes writable by platform admins through the app
-- role (ensureAppRole now withholds only DELETE): everyone may read it (sign-in,
-- the city view and the switcher list tenants), only a transaction whose
-- app.user_id is an active platform admin may add or change a row. Enabled,
-- not forced: the owner (seeds, `npm run tenant:create`) writes it directly.
ALTER TABLE "tenants" ENABLE ROW LEVEL SECURITY;
CREATE POLICY directory_read ON "tenants" FOR SELECT USING (true);
CREATE POLICY platform_admin_insert ON "tenants" FOR INSERT
  WITH CHECK ((SELECT app_user_is_platform_admin()));
CREATE POLICY platform_admin_update ON "tenants" FOR UPDATE
  USING ((SELECT app_user_is_platform_admin()))
  WITH CHECK ((SELECT app_user_is_platform_admin()));

-- The platform page counts and lists each tenant's admins and city viewers.
CREATE POLICY platform_admin_read ON "memberships" FOR SELECT
  USING ((SELECT app_user_is_platform_admin()));

-- A deactivated tenant's memberships no longer count: the session carries only
-- active tenants, so its people lose it on their next request.
CREATE OR REPLACE FUNCTION session_memberships(p_user_id uuid)
RETURNS TABLE (
  membership_id uuid,
  tenant_id uuid,
  tenant_code text,
  tenant_name text,
  tenant_kind text,
  role text,
  org_unit_id uuid
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
AS $$
DECLARE
  previous text := current_setting('app.user_id', true);
BEGIN
  PERFORM set_config('app.user_id', p_user_id::text, true);
  RETURN QUERY
    SELECT m.id, m.tenant_id, t.code, t.name, t.kind::text, m.role::text, m.org_unit_id
    FROM memberships m JOIN tenants t ON t.id = m.tenant_id
    WHERE m.user_id = p_user_id AND t.is_active
    ORDER BY t.kind, t.code;
  PERFORM set_config('app.user_id', coalesce(previous, ''), true);
END
$$;

-- The per-request lookup now also says whether a password change is pending
-- (every page leads to the change form until it is done).
DROP FUNCTION session_lookup(uuid, uuid);
CREATE FUNCTION session_lookup(p_user_id uuid, p_session_id uuid)
RETURNS TABLE (
  id uuid,
  username text,
  display_name text,
  is_active boolean,
  is_platform_admin boolean,
  session_version integer,
  must_change_password boolean,
  failures_before integer,
  last_failure_at timestamptz,
  last_failure_address text,
  notice_dismissed boolean,
  memberships json
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
AS $$
DECLARE
  previous text := current_setting('app.user_id', true);
BEGIN
  PERFORM set_config('app.user_id', p_user_id::text, true);
  RETURN QUERY
    SELECT u.id, u.username, u.display_name, u.is_active, u.is_platform_admin, u.session_version, u.must_change_password,
      s.failures_before, s.last_failure_at, s.last_failure_address, s.notice_dismissed_at IS NOT NULL,
      coalesce((
        SELECT json_agg(json_build_object(
          'membershipId', sm.membership_id, 'tenantId', sm.tenant_id, 'tenantCode', sm.tenant_code, 'tenantName', sm.tenant_name,
          'tenantKind', sm.tenant_kind, 'role', sm.role, 'orgUnitId', sm.org_unit_id) ORDER BY sm.position)
        FROM session_memberships(u.id) WITH ORDINALITY AS sm(membership_id, tenant_id, tenant_code, tenant_name, tenant_kind, role, org_unit_id, position)
      ), '[]'::json)
    FROM users u
    JOIN auth_sessions s ON s.id = p_session_id AND s.user_id = u.id
    WHERE u.id = p_user_id
      AND s.revoked_at IS NULL AND s.expires_at > now() AND s.session_version = u.session_version;
  PERFORM set_config('app.user_id', coalesce(previous, ''), true);
END
$$;

-- Sign-in: an account whose every tenant is deactivated is answered like a
-- deactivated account (该账号已停用). Platform admins and accounts without any
-- membership are judged by their own flag alone.
CREATE OR REPLACE FUNCTION sign_in_credentials(p_username text)
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
  SELECT u.id, u.display_name, u.password_hash,
    u.is_active AND (
      u.is_platform_admin
      OR NOT EXISTS (SELECT 1 FROM public.memberships m WHERE m.user_id = u.id)
      OR EXISTS (SELECT 1 FROM public.memberships m JOIN public.tenants t ON t.id = m.tenant_id WHERE m.user_id = u.id AND t.is_active)
    ),
    u.session_version
  FROM public.users u
  WHERE u.username = p_username
$$;
