// The database half of a backup: every table of schema public written with
// COPY, all from ONE snapshot (a REPEATABLE READ transaction), so a report
// and its events, or an attachment row and its report, are from the same
// instant however long the copy takes and whatever the app writes meanwhile.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { UserFacingError } from "@/lib/errors";
import { bypassesRowSecurity, copyTarget, quoteIdent, withCopySession } from "./copy-session";
import { orderByDependencies } from "./dependency-order";
import { hashFile } from "./hash-file";
import type { BackupManifest, TableEntry } from "./manifest";
import { BACKUP_MESSAGES } from "./messages";

export interface DatabaseDump extends Pick<BackupManifest, "postgres" | "migrations" | "tables" | "sequences"> {
  /** Evidence files the snapshot's attachment rows point to that are not in file_chunks (kept on disk by versions before 0042). */
  attachments: { storageKey: string }[];
}

interface TableInfo {
  name: string;
  columns: string[];
  dependsOn: string[];
}

export async function dumpDatabase(ownerUrl: string, stageDir: string, onTableCopied?: (table: string) => Promise<void>): Promise<DatabaseDump> {
  await mkdir(path.join(stageDir, "db"), { recursive: true });
  return withCopySession(ownerUrl, async (client) => {
    const { role, bypasses } = await bypassesRowSecurity(client);
    if (!bypasses) throw new UserFacingError(BACKUP_MESSAGES.needsBypassRls(role));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    try {
      // Belt and braces: were RLS to apply after all, fail rather than dump a subset.
      await client.query("SET LOCAL row_security = off");
      const postgres = await serverVersion(client);
      const migrations = await appliedMigrations(client);
      const tables: TableEntry[] = [];
      for (const [index, table] of orderByDependencies(await listTables(client)).entries()) {
        tables.push(await copyTable(client, stageDir, index, table));
        await onTableCopied?.(table.name);
      }
      const sequences = await readSequences(client);
      // Files in PostgreSQL (file_chunks) were copied above with their rows, from the same snapshot.
      const { rows: attachments } = await client.query<{ storageKey: string }>(`
        SELECT DISTINCT storage_key AS "storageKey" FROM attachments a
        WHERE NOT EXISTS (SELECT 1 FROM file_chunks c WHERE c.tenant_id = a.tenant_id AND c.attachment_id = a.id) ORDER BY 1`);
      await client.query("COMMIT");
      return { postgres, migrations, tables, sequences, attachments };
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    }
  });
}

async function serverVersion(client: pg.Client) {
  const { rows } = await client.query<{ version: string; num: string }>(
    "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num",
  );
  return { version: rows[0]!.version, versionNum: Number(rows[0]!.num) };
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'");
  if (!exists.rowCount) throw new UserFacingError(BACKUP_MESSAGES.notEduPlan);
  const { rows } = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.map((r) => r.name);
}

/** Every table of schema public but the migrations' bookkeeping (the restore's own migrations write that). */
async function listTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<TableInfo>(`
    SELECT c.relname AS name,
      (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
      (SELECT coalesce(json_agg(DISTINCT r.relname), '[]') FROM pg_constraint f JOIN pg_class r ON r.oid = f.confrelid
        WHERE f.conrelid = c.oid AND f.contype = 'f') AS "dependsOn"
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations'`);
  return rows;
}

async function copyTable(client: pg.Client, stageDir: string, index: number, table: TableInfo): Promise<TableEntry> {
  const file = `db/${String(index).padStart(3, "0")}-${table.name}.copy`;
  const source = client.query(copyTo(`COPY ${copyTarget(table.name, table.columns)} TO STDOUT`));
  await pipeline(source, createWriteStream(path.join(stageDir, file), { mode: 0o600 }));
  return { name: table.name, columns: table.columns, rows: source.rowCount, file, ...(await hashFile(path.join(stageDir, file))) };
}

async function readSequences(client: pg.Client): Promise<BackupManifest["sequences"]> {
  const { rows: names } = await client.query<{ name: string }>("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1");
  const sequences: BackupManifest["sequences"] = [];
  for (const { name } of names) {
    const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM public.${quoteIdent(name)}`,
    );
    sequences.push({ name, ...rows[0]! });
  }
  return sequences;
}
