// `npm run files:to-database`: moves the evidence files versions before 0042
// kept on disk (EDUPLAN_UPLOAD_DIR) into PostgreSQL, so every app server
// reads them. One transaction per file: its chunks are written and its row's
// key renamed to the attachment's own id (the chunks reference it); the disk
// copy is removed only after that commits. Safe to run again, and beside a
// running server (until it moves, a file is read from disk as before).
import pg from "pg";
import { CHUNK_BYTES } from "./database-storage";
import type { LocalDiskStorage } from "./storage";

export interface MoveOutcome {
  moved: number;
  /** Keys whose file is not on this disk (uploaded through another server, or lost). */
  missing: string[];
}

export async function moveFilesToDatabase(ownerUrl: string, disk: LocalDiskStorage): Promise<MoveOutcome> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // The owner bypasses row-level security, as the backup does: every tenant's files at once.
    const { rows } = await client.query<{ id: string; tenantId: string; storageKey: string }>(`
      SELECT a.id, a.tenant_id AS "tenantId", a.storage_key AS "storageKey" FROM attachments a
      WHERE NOT EXISTS (SELECT 1 FROM file_chunks c WHERE c.tenant_id = a.tenant_id AND c.attachment_id = a.id)
      ORDER BY a.tenant_id, a.id`);
    const outcome: MoveOutcome = { moved: 0, missing: [] };
    for (const row of rows) {
      const bytes = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(row.storageKey) ? await disk.get(row.storageKey) : null;
      if (!bytes) {
        outcome.missing.push(row.storageKey);
        continue;
      }
      await client.query("BEGIN");
      try {
        for (let seq = 0; seq * CHUNK_BYTES < bytes.byteLength; seq++) {
          const chunk = bytes.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES);
          await client.query("INSERT INTO file_chunks (tenant_id, attachment_id, seq, data) VALUES ($1, $2, $3, $4)", [row.tenantId, row.id, seq, chunk]);
        }
        await client.query("UPDATE attachments SET storage_key = $1 WHERE tenant_id = $2 AND id = $3", [`${row.tenantId}/${row.id}`, row.tenantId, row.id]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      }
      await disk.delete(row.storageKey);
      outcome.moved++;
    }
    return outcome;
  } finally {
    await client.end();
  }
}
