// A fingerprint of the whole database, per table and per tenant, read through
// the owner connection (a superuser here: row-level security does not hide
// anything from it). Two fingerprints differ exactly where a transaction
// committed a write: each (table, tenant) carries its row count and the sum
// of its rows' xmin (the id of the transaction that wrote each row version).
// An insert or update gives the row a new xmin, a delete lowers the count; a
// rolled-back write leaves the old version visible. This is stricter than
// hashing the rows' contents (an update that rewrites a row with the same
// values is still a write) and a third of the cost, which matters at one
// fingerprint per call.
//
// The table list is read from the catalogue, not written down: a table added
// by a migration is covered without anyone remembering to add it.
import pg from "pg";

/** Schemas whose tables are fingerprinted: the app's and the job queue's. */
const SCHEMAS = ["public", "pgboss"];

/**
 * Tables left out because they may change without any action being at fault.
 * Today nothing is: session lookups write nothing (the access matrix opens its
 * callers' sessions before its first fingerprint) and auth_failures changes
 * only on sign-in attempts, which these tests never make. Add a table here
 * (with the reason) only if it is bookkeeping every request may touch.
 */
export const VOLATILE_TABLES: readonly string[] = [];

export type Fingerprint = Map<string, string>;

export interface Change {
  table: string;
  /** The row's tenant_id, or null for a table without one (users, tenants, the catalogue…). */
  tenantId: string | null;
  before: string | undefined;
  after: string | undefined;
}

const keyOf = (table: string, tenantId: string | null) => `${table}|${tenantId ?? ""}`;

export class Fingerprinter {
  private constructor(
    private readonly client: pg.Client,
    private readonly sql: string,
  ) {}

  static async open(ownerUrl: string): Promise<Fingerprinter> {
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    const tables = await client.query<{ schema: string; name: string; tenant: boolean }>(
      `SELECT c.relnamespace::regnamespace::text AS schema, c.relname AS name,
         EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS tenant
       FROM pg_class c
       WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relnamespace::regnamespace::text = ANY($1)
       ORDER BY 1, 2`,
      [SCHEMAS],
    );
    const parts = tables.rows
      .filter((t) => !VOLATILE_TABLES.includes(t.name))
      .map((t) => {
        const ident = `${client.escapeIdentifier(t.schema)}.${client.escapeIdentifier(t.name)}`;
        const label = client.escapeLiteral(t.schema === "public" ? t.name : `${t.schema}.${t.name}`);
        const tenant = t.tenant ? "x.tenant_id::text" : "NULL::text";
        const group = t.tenant ? " GROUP BY x.tenant_id" : "";
        return `SELECT ${label} AS t, ${tenant} AS tenant, count(*)::text || ':' || coalesce(sum(x.xmin::text::bigint), 0)::text AS h FROM ${ident} x${group}`;
      });
    return new Fingerprinter(client, parts.join("\nUNION ALL\n"));
  }

  async take(): Promise<Fingerprint> {
    const rows = await this.client.query<{ t: string; tenant: string | null; h: string }>(this.sql);
    return new Map(rows.rows.map((r) => [keyOf(r.t, r.tenant), r.h]));
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

export function diff(before: Fingerprint, after: Fingerprint): Change[] {
  const changes: Change[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(key) === after.get(key)) continue;
    const [table, tenant] = key.split("|") as [string, string];
    changes.push({ table, tenantId: tenant || null, before: before.get(key), after: after.get(key) });
  }
  return changes;
}
