// The tenant scope as one SQL statement, the first of every scoped
// transaction: withTenant and friends send it through Prisma, the benchmarks
// and the province loader through a bare `pg` client (`text` + `values`), so
// the scope they measure or write under is the app's, not a retyped copy.
import { Prisma } from "@/lib/generated/prisma/client";
import { statementTimeoutMs } from "./statement-timeout";

export interface ScopeSpec {
  tenantId: string | null;
  userId: string | null;
  /** Also admit SELECT on the tenants directly under this one (the city view); they are listed in the scope statement. */
  childrenOf?: string;
}

/**
 * Sets app.tenant_id, app.user_id and app.child_tenant_ids for this
 * transaction only (RLS reads them), lists the child tenants from the
 * hierarchy (so a caller cannot name its own), and switches the transaction to
 * READ ONLY when asked (what SET TRANSACTION READ ONLY does; allowed at any
 * point). It also sets this transaction's statement_timeout (0 = none, for
 * bulk loaders): transaction-local like the scope, so it holds through
 * PgBouncer in transaction mode, where a startup parameter would be refused
 * (decision 0041). Its one row has `children`: the child tenants as JSON, by code.
 */
export function scopeStatement(scope: ScopeSpec, options: { readOnly?: boolean; statementTimeoutMs?: number } = {}): Prisma.Sql {
  const timeout = String(options.statementTimeoutMs ?? statementTimeoutMs());
  return Prisma.sql`
    WITH children AS (SELECT id, code, name FROM tenants WHERE parent_id = ${scope.childrenOf ?? null}::uuid)
    SELECT set_config('app.tenant_id', ${scope.tenantId ?? ""}, true), set_config('app.user_id', ${scope.userId ?? ""}, true),
      set_config('statement_timeout', ${timeout}, true),
      set_config('app.child_tenant_ids', (SELECT coalesce(string_agg(id::text, ','), '') FROM children), true),
      ${options.readOnly ? Prisma.sql`set_config('transaction_read_only', 'on', true)` : Prisma.sql`NULL`},
      (SELECT coalesce(json_agg(json_build_object('id', id::text, 'code', code, 'name', name) ORDER BY code), '[]'::json) FROM children) AS children`;
}
