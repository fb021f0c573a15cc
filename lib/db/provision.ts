// Database-level setup that migrations cannot own: the database itself and the
// application's login role. The app connects as a role that is neither
// superuser, BYPASSRLS nor table owner, so row-level security always applies.
import pg from "pg";
import { statementTimeoutMs } from "./statement-timeout";

export const APP_ROLE = "eduplan_app";

/** History tables: the app may add to them, never rewrite them. */
export const APPEND_ONLY_TABLES = ["audit_events", "task_status_events", "report_events"];

export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  await withPgClient(adminUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount) return;
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`);
  });
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withPgClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`));
}

/**
 * Creates (or re-passwords) the app role and grants it data access to every
 * table the migrations made. Re-run after each migration so new tables are
 * covered. History tables are append-only for the app: no UPDATE or DELETE.
 */
export async function ensureAppRole(ownerUrl: string, password: string, role = APP_ROLE): Promise<void> {
  await withPgClient(ownerUrl, async (client) => {
    const ident = client.escapeIdentifier(role);
    const literal = client.escapeLiteral(password);
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const attributes = "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE";
    await client.query(exists.rowCount ? `ALTER ROLE ${ident} ${attributes} PASSWORD ${literal}` : `CREATE ROLE ${ident} ${attributes} PASSWORD ${literal}`);
    // The role's own default bounds statements outside a tenant transaction (the session
    // check): through PgBouncer the app can send no startup parameter for it (decision 0041).
    await client.query(`ALTER ROLE ${ident} SET statement_timeout = ${statementTimeoutMs()}`);
    const db = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(db)} TO ${ident}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${ident}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${ident}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${ident}`);
    await client.query(`REVOKE ALL ON TABLE _prisma_migrations FROM ${ident}`);
    for (const table of APPEND_ONLY_TABLES) await client.query(`REVOKE UPDATE, DELETE ON TABLE ${client.escapeIdentifier(table)} FROM ${ident}`);
    // The tenant directory: an app role that could re-parent a district would hand
    // it to another city's viewers, so only a platform admin's transaction may
    // add or change a row (RLS, migration tenant_directory), and nobody deletes one.
    await client.query(`REVOKE DELETE ON TABLE tenants FROM ${ident}`);
    await restrictUserColumns(client, ident);
  });
}

/**
 * users: no password_hash to read (sign-in goes through sign_in_credentials()),
 * no is_platform_admin to write, no rows to delete. Column privileges, so the
 * list follows the table: every other column stays readable and writable.
 */
async function restrictUserColumns(client: pg.Client, ident: string): Promise<void> {
  const columns = (
    await client.query<{ name: string }>(
      "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' ORDER BY ordinal_position",
    )
  ).rows.map((r) => r.name);
  const list = (except: string[]) =>
    columns
      .filter((c) => !except.includes(c))
      .map((c) => client.escapeIdentifier(c))
      .join(", ");
  await client.query(`REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLE users FROM ${ident}`);
  await client.query(`GRANT SELECT (${list(USER_SECRET_COLUMNS)}) ON TABLE users TO ${ident}`);
  await client.query(`GRANT INSERT (${list(USER_OWNER_ONLY_COLUMNS)}), UPDATE (${list([...USER_OWNER_ONLY_COLUMNS, "id"])}) ON TABLE users TO ${ident}`);
}

/** Never readable by the app role. */
export const USER_SECRET_COLUMNS = ["password_hash"];
/** Never writable by the app role: platform admins are made by the owner (seeds, CLI). */
export const USER_OWNER_ONLY_COLUMNS = ["is_platform_admin"];

/** The same server and database as `url`, logged in as another role. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
