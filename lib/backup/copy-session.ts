// One connection for COPY, with every setting that shapes COPY's text output
// fixed, so rows written by one server read back identically on another
// (PostgreSQL 15 or 18, whatever the servers' own defaults are).
import type pg from "pg";
import { withPgClient } from "@/lib/db/provision";

const SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET TimeZone = 'UTC'",
  // Shortest exact text for float columns (the default since PostgreSQL 12; stated, not assumed).
  "SET extra_float_digits = 1",
  // A large table may take longer than any server-wide limit meant for the web app.
  "SET statement_timeout = 0",
  "SET idle_in_transaction_session_timeout = 0",
].join("; ");

export function withCopySession<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPgClient(url, async (client) => {
    await client.query(SESSION_SETTINGS);
    return fn(client);
  });
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `public."t" ("a", "b")`: the table and its columns as COPY names them. */
export function copyTarget(table: string, columns: readonly string[]): string {
  return `public.${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")})`;
}

/** Whether the connected role reads every row whatever the RLS policies say. */
export async function bypassesRowSecurity(client: pg.Client): Promise<{ role: string; bypasses: boolean }> {
  const { rows } = await client.query<{ role: string; bypasses: boolean }>(
    "SELECT current_user AS role, (rolsuper OR rolbypassrls) AS bypasses FROM pg_roles WHERE rolname = current_user",
  );
  return rows[0]!;
}
