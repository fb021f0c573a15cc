-- The session lookup runs on every request. Memberships are readable only
-- under the own_memberships policy (app.user_id), which otherwise takes a
-- transaction of its own: BEGIN, set_config, two queries, COMMIT. This
-- function sets app.user_id for the length of its own query and puts the
-- previous value back, so the per-request lookup is one statement. It grants
-- nothing new: the app role may set app.user_id itself; row-level security
-- still decides what the query sees (SECURITY INVOKER).
CREATE FUNCTION session_memberships(p_user_id uuid)
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
    WHERE m.user_id = p_user_id
    ORDER BY t.kind, t.code;
  PERFORM set_config('app.user_id', coalesce(previous, ''), true);
END
$$;
