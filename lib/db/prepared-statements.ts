// Named prepared statements for the app's Prisma clients (decision 0044).
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
import { createHash } from "node:crypto";

/** Distinct statements named per client; past it, new texts go unnamed, so a connection holds at most this many. */
export const MAX_NAMED_STATEMENTS = 300;
/** A text with more parameters is a list spelled out as $1…$n (an `in` filter, a batch insert): its length varies, so it is not named. */
export const MAX_NAMED_PARAMETERS = 64;
/**
 * A `*` select list (`t.*`, `SELECT *`, `RETURNING *`): a prepared statement's
 * result columns are fixed, so once a migration added a column every execution
 * on that connection would fail with "cached plan must not change result type".
 */
const STAR_SELECT = /(\.\*|\bSELECT\s+\*|\bRETURNING\s+\*)/i;

export function preparedStatementsEnabled(env: Partial<Record<string, string>> = process.env): boolean {
  const setting = env.DATABASE_PREPARED_STATEMENTS?.trim().toLowerCase();
  if (setting === "on") return true;
  if (setting === "off") return false;
  return !env.DATABASE_DIRECT_URL;
}

/**
 * A name per SQL text, taken from a hash of the text: every connection and
 * every process asks with the same name for the same text, so a connection
 * that reached another process's prepared statement (a pooler misconfigured
 * without DATABASE_DIRECT_URL) fails cleanly instead of running other SQL
 * under the name. Texts that vary without end go unnamed (see above), and at
 * most `max` texts are named per client.
 */
export function statementNamer(max = MAX_NAMED_STATEMENTS): (query: { sql: string; args?: readonly unknown[] }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql, args }) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= max) return known;
    if ((args?.length ?? 0) > MAX_NAMED_PARAMETERS || STAR_SELECT.test(sql)) return undefined;
    const name = `eduplan_${createHash("sha256").update(sql).digest("hex").slice(0, 24)}`;
    names.set(sql, name);
    return name;
  };
}
