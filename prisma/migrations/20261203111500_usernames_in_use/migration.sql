-- Hand-written: no schema change. The members import creates accounts in bulk,
-- and must tell which usernames are already taken before it inserts them (one
-- taken name would otherwise abort the statement, and the import with it).
-- A tenant's transaction cannot see other tenants' users (RLS), so it asks here.
-- It reveals no more than creating an account with that name already does
-- ("该用户名已被使用"): whether a username exists, nothing about its owner.
CREATE FUNCTION usernames_in_use(p_usernames text[])
RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT u.username FROM public.users u WHERE u.username = ANY (p_usernames)
$$;
