-- DropTable
DROP TABLE "auth_throttles";

-- CreateTable
CREATE TABLE "auth_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "session_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "address" TEXT NOT NULL,
    "user_agent" TEXT NOT NULL DEFAULT '',
    "failures_before" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3),
    "last_failure_address" TEXT,
    "notice_dismissed_at" TIMESTAMPTZ(3),

    CONSTRAINT "auth_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_failures" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "user_id" UUID,
    "address" TEXT NOT NULL,
    "user_agent" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cleared_at" TIMESTAMPTZ(3),

    CONSTRAINT "auth_failures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "auth_sessions_user_id_expires_at_idx" ON "auth_sessions"("user_id", "expires_at");

-- CreateIndex
CREATE INDEX "auth_failures_username_address_created_at_idx" ON "auth_failures"("username", "address", "created_at");

-- CreateIndex
CREATE INDEX "auth_failures_username_created_at_idx" ON "auth_failures"("username", "created_at");

-- CreateIndex
CREATE INDEX "auth_failures_address_created_at_idx" ON "auth_failures"("address", "created_at");

-- CreateIndex
CREATE INDEX "auth_failures_user_id_created_at_idx" ON "auth_failures"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_failures" ADD CONSTRAINT "auth_failures_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: Prisma's schema cannot express functions or policies.
-- docs/decisions/0003-sessions.md and 0010-sign-in-throttle.md say why.

-- Whether app.user_id names an active platform admin. SECURITY DEFINER so the
-- policies below can ask it whatever the caller may read of users; it answers
-- one boolean about the caller's own id and nothing else.
CREATE FUNCTION app_user_is_platform_admin()
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.users
    WHERE id = NULLIF(current_setting('app.user_id', true), '')::uuid AND is_platform_admin AND is_active
  )
$$;

-- Sessions are a user's, not a tenant's: the user sees and ends their own
-- (app.user_id), a bureau's transaction reaches its members' (ending them from
-- the members page), a platform admin anyone's. RLS is enabled, not forced:
-- the owner is the role behind prune_auth_records().
ALTER TABLE "auth_sessions" ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_sessions ON "auth_sessions"
  USING (user_id = (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid))
  WITH CHECK (user_id = (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid));
CREATE POLICY tenant_member_sessions ON "auth_sessions"
  USING (user_id IN (SELECT m.user_id FROM memberships m WHERE m.tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)))
  WITH CHECK (user_id IN (SELECT m.user_id FROM memberships m WHERE m.tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)));
CREATE POLICY platform_admin_sessions ON "auth_sessions"
  USING ((SELECT app_user_is_platform_admin()))
  WITH CHECK ((SELECT app_user_is_platform_admin()));

-- The per-request session lookup, still one statement: the user, their live
-- session row and their memberships. Like session_memberships() it sets
-- app.user_id for its own query and puts the previous value back; it grants
-- nothing (SECURITY INVOKER): the own_* policies decide what it sees. A
-- session is live when it is not revoked, not expired, and was issued under
-- the user's current session version (a password or role change ends it).
CREATE FUNCTION session_lookup(p_user_id uuid, p_session_id uuid)
RETURNS TABLE (
  id uuid,
  username text,
  display_name text,
  is_active boolean,
  is_platform_admin boolean,
  session_version integer,
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
    SELECT u.id, u.username, u.display_name, u.is_active, u.is_platform_admin, u.session_version,
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

-- Dead sessions and old failures, removed by the daily prune-auth job. SECURITY
-- DEFINER because the job has no user to scope to; it only deletes rows that
-- can no longer sign anyone in or be shown to anyone.
CREATE FUNCTION prune_auth_records()
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
  sessions integer;
  failures integer;
BEGIN
  DELETE FROM public.auth_sessions WHERE expires_at < now() - interval '1 day' OR revoked_at < now() - interval '1 day';
  GET DIAGNOSTICS sessions = ROW_COUNT;
  DELETE FROM public.auth_failures WHERE created_at < now() - interval '30 days';
  GET DIAGNOSTICS failures = ROW_COUNT;
  RETURN sessions + failures;
END
$$;
