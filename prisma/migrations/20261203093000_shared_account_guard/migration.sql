-- Hand-written: no schema change. An account (users row) is global, while a
-- bureau admin manages memberships of one tenant. Account-wide changes (the
-- password, deactivation) to a user who also belongs to another tenant would let
-- one bureau's admin sign in as that user in the other bureau, or lock them out
-- there. lib/members refuses them; this function is how it can tell, since the
-- tenant's own transaction cannot see another tenant's memberships (RLS).
CREATE FUNCTION user_belongs_elsewhere(p_user uuid, p_tenant uuid)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT EXISTS (SELECT 1 FROM public.memberships m WHERE m.user_id = p_user AND m.tenant_id <> p_tenant)
$$;
