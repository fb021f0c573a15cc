// Named prepared statements for the app's Prisma clients (decision 0043).
// Prisma's pg adapter sends every query unnamed, so PostgreSQL parses,
// rewrites (row-level security included) and plans it every time: most of the
// database's CPU on a report submission. Given a name, pg prepares a statement
// once per connection and later sends only Bind/Execute, and PostgreSQL's
// plan cache serves it (plan_cache_mode auto: custom plans for the first five
// executions, then a generic plan only when it is estimated no dearer).
//
// Off through a transaction pooler: PgBouncer 1.18 does not carry a statement
// prepared on one server connection to the next (decision 0041). Setting
// DATABASE_DIRECT_URL is how an operator says APP_DATABASE_URL is pooled, so
// it turns them off; DATABASE_PREPARED_STATEMENTS=on|off decides explicitly
// (on: PgBouncer ≥ 1.21 with max_prepared_statements tracks them).

/** Distinct statements named per process; past it, new texts go unnamed, so a connection holds at most this many. */
export const MAX_NAMED_STATEMENTS = 1000;

export function preparedStatementsEnabled(env: Partial<Record<string, string>> = process.env): boolean {
  const setting = env.DATABASE_PREPARED_STATEMENTS?.trim().toLowerCase();
  if (setting === "on") return true;
  if (setting === "off") return false;
  return !env.DATABASE_DIRECT_URL;
}

/**
 * One name per distinct SQL text, stable for the process: pg refuses a name
 * reused for another text on a connection, and every connection of the
 * process asks with the same texts. Texts that vary without end (a list
 * spelled out as $1…$n) stop being named once the cap is reached.
 */
export function statementNamer(max = MAX_NAMED_STATEMENTS): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= max) return known;
    const name = `eduplan_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
}
