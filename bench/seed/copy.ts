// Rows in PostgreSQL's COPY text format, streamed with pg-copy-streams.
// Text format: one line per row, columns separated by a tab, \N for NULL, and
// backslash, tab, newline and carriage return escaped inside values.
//
// PostgreSQL refuses COPY FROM into a table whose row-level security applies
// to the current role ("COPY FROM not supported with row-level security"),
// which FORCE RLS makes true even for the table owner unless it is superuser
// or BYPASSRLS. For such a role the rows are copied into a temporary table
// (no RLS) and moved with INSERT … SELECT, which the tenant_isolation
// policies check against app.tenant_id like any other insert.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | null;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function encodeField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "string") return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value;
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value);
}

/** The rows of one table waiting to be copied. */
export class CopyTable {
  readonly lines: string[] = [];
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  add(values: readonly CopyValue[]): void {
    if (values.length !== this.columns.length) throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    let line = encodeField(values[0]!);
    for (let i = 1; i < values.length; i++) line += "\t" + encodeField(values[i]!);
    this.lines.push(line);
  }

  get size(): number {
    return this.lines.length;
  }
}

const LINES_PER_CHUNK = 4_000;

function* chunks(lines: readonly string[]): Generator<string> {
  for (let i = 0; i < lines.length; i += LINES_PER_CHUNK) {
    yield lines.slice(i, i + LINES_PER_CHUNK).join("\n") + "\n";
  }
}

/** Whether the connection's role skips row-level security (superuser or BYPASSRLS), so COPY can write directly. */
export async function bypassesRls(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>("SELECT rolsuper OR rolbypassrls AS ok FROM pg_roles WHERE rolname = current_user");
  return rows[0]?.ok === true;
}

const staged = new WeakMap<pg.Client, Set<string>>();

/**
 * Streams the table's rows with one COPY … FROM STDIN (inside the caller's
 * transaction); with `viaStaging`, through a temporary table and INSERT …
 * SELECT for a role subject to RLS. Returns the rows written.
 */
export async function copyTable(client: pg.Client, table: CopyTable, options: { viaStaging?: boolean } = {}): Promise<number> {
  if (table.size === 0) return 0;
  const columns = table.columns.map((c) => `"${c}"`).join(", ");
  if (!options.viaStaging) {
    await pipeline(Readable.from(chunks(table.lines)), client.query(copyFrom(`COPY "${table.table}" (${columns}) FROM STDIN`)));
    return table.size;
  }
  const stage = `bench_stage_${table.table}`;
  const created = staged.get(client) ?? new Set<string>();
  staged.set(client, created);
  if (!created.has(stage)) {
    // Session-long; emptied at every commit. With the defaults, so a column the
    // province does not write (users.must_change_password) gets the table's own.
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS "${stage}" (LIKE "${table.table}" INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
    created.add(stage);
  }
  await pipeline(Readable.from(chunks(table.lines)), client.query(copyFrom(`COPY "${stage}" (${columns}) FROM STDIN`)));
  await client.query(`INSERT INTO "${table.table}" (${columns}) SELECT ${columns} FROM "${stage}"`);
  await client.query(`TRUNCATE "${stage}"`);
  return table.size;
}

/** A calendar date (UTC midnight, epoch ms) as YYYY-MM-DD. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A timestamp as ISO 8601 in UTC, which timestamptz reads unambiguously. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

export const DAY_MS = 86_400_000;
