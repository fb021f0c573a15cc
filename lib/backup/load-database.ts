// The rows of a backup into a freshly migrated database, in ONE transaction:
// either every table arrives with exactly the manifest's row count, or
// nothing does. Tables come in the archive's foreign-key order.
import { createReadStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { UserFacingError } from "@/lib/errors";
import { bypassesRowSecurity, copyTarget, quoteIdent, withCopySession } from "./copy-session";
import type { BackupManifest, TableEntry } from "./manifest";
import { BACKUP_MESSAGES } from "./messages";

export async function loadDatabase(ownerUrl: string, extractedDir: string, manifest: BackupManifest): Promise<void> {
  await withCopySession(ownerUrl, async (client) => {
    const { role, bypasses } = await bypassesRowSecurity(client);
    // COPY FROM refuses tables whose RLS applies to the caller; say why in Chinese first.
    if (!bypasses) throw new UserFacingError(BACKUP_MESSAGES.needsBypassRls(role));
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL row_security = off");
      // The target had no tables before its migrations ran; rows a migration may have
      // inserted are in the backup too, so start every table empty.
      if (manifest.tables.length) await client.query(`TRUNCATE ${manifest.tables.map((t) => `public.${quoteIdent(t.name)}`).join(", ")}`);
      for (const table of manifest.tables) await loadTable(client, extractedDir, table);
      for (const s of manifest.sequences)
        await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [`public.${quoteIdent(s.name)}`, s.lastValue, s.isCalled]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    }
  });
}

async function loadTable(client: pg.Client, extractedDir: string, table: TableEntry): Promise<void> {
  // Rows restored are rows as they were: no user trigger may add or change any on the way in.
  const triggers = await client.query("SELECT 1 FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal", [`public.${quoteIdent(table.name)}`]);
  if (triggers.rowCount) await client.query(`ALTER TABLE public.${quoteIdent(table.name)} DISABLE TRIGGER USER`);
  const sink = client.query(copyFrom(`COPY ${copyTarget(table.name, table.columns)} FROM STDIN`));
  await pipeline(createReadStream(path.join(extractedDir, table.file)), sink);
  if (triggers.rowCount) await client.query(`ALTER TABLE public.${quoteIdent(table.name)} ENABLE TRIGGER USER`);
  if (sink.rowCount !== table.rows) throw new UserFacingError(BACKUP_MESSAGES.rowCountMismatch(table.name, table.rows, sink.rowCount));
}
