// How long one statement of the app role may run before PostgreSQL cancels it
// (DATABASE_STATEMENT_TIMEOUT_MS, default 15 s). It is not a connection
// startup parameter: PgBouncer in transaction mode refuses those (decision
// 0041). Tenant transactions set it in their scope statement; the app role's
// own default (ensureAppRole) covers statements outside a transaction.
export function statementTimeoutMs(): number {
  const value = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000);
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : 15_000;
}
