// Evidence files in PostgreSQL (decision 0042): 256 KiB bytea rows in
// file_chunks, keyed by tenant and attachment, under the same RLS as every
// tenant table. Neither a write nor a read handles the file as one value, a
// file is written in the upload's transaction (a failed upload leaves
// nothing), and deleting the attachment row deletes its chunks (cascade).
// A key with no chunks is a file an earlier version kept on disk: read there.
import type { Tx } from "@/lib/db/tenant-scope";
import type { FileStorage, LocalDiskStorage, ReadScope } from "./storage";

export const CHUNK_BYTES = 256 * 1024;
/** Chunks read per transaction while streaming: 1 MiB in memory at most. */
const CHUNKS_PER_READ = 4;

/** A key is `<tenant id>/<attachment id>`; the chunks reference the attachment row, so it is written first. */
function parseKey(key: string): { tenantId: string; attachmentId: string } {
  const match = /^([0-9a-f-]{36})\/([0-9a-f-]{36})$/.exec(key);
  if (!match) throw new Error(`invalid storage key: ${key}`);
  return { tenantId: match[1]!, attachmentId: match[2]! };
}

function readChunks(tx: Tx, key: string, from: number, count: number): Promise<{ data: Uint8Array }[]> {
  const { tenantId, attachmentId } = parseKey(key);
  return tx.$queryRaw<{ data: Uint8Array }[]>`
    SELECT data FROM file_chunks
    WHERE tenant_id = ${tenantId}::uuid AND attachment_id = ${attachmentId}::uuid AND seq >= ${from}::int AND seq < ${from + count}::int
    ORDER BY seq`;
}

export class DatabaseFileStorage implements FileStorage {
  constructor(private readonly legacy: LocalDiskStorage) {}

  async put(tx: Tx, key: string, bytes: Uint8Array): Promise<void> {
    const { tenantId, attachmentId } = parseKey(key);
    for (let seq = 0; seq * CHUNK_BYTES < bytes.byteLength; seq++) {
      const chunk = bytes.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES);
      await tx.$executeRaw`INSERT INTO file_chunks (tenant_id, attachment_id, seq, data) VALUES (${tenantId}::uuid, ${attachmentId}::uuid, ${seq}, ${chunk})`;
    }
  }

  async get(tx: Tx, key: string): Promise<Uint8Array | null> {
    const { tenantId, attachmentId } = parseKey(key);
    const rows = await tx.$queryRaw<{ data: Uint8Array }[]>`
      SELECT data FROM file_chunks WHERE tenant_id = ${tenantId}::uuid AND attachment_id = ${attachmentId}::uuid ORDER BY seq`;
    if (rows.length === 0) return this.legacy.get(key);
    return new Uint8Array(Buffer.concat(rows.map((r) => r.data)));
  }

  stream(read: ReadScope, key: string): ReadableStream<Uint8Array> {
    let next = 0;
    const legacy = this.legacy;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const rows = await read((tx) => readChunks(tx, key, next, CHUNKS_PER_READ));
        if (next === 0 && rows.length === 0) {
          const bytes = await legacy.get(key);
          if (!bytes) throw new Error(`file not in storage: ${key}`);
          controller.enqueue(bytes);
          controller.close();
          return;
        }
        for (const row of rows) controller.enqueue(new Uint8Array(row.data));
        next += rows.length;
        if (rows.length < CHUNKS_PER_READ) controller.close();
      },
    });
  }

  async delete(tx: Tx, key: string): Promise<void> {
    const { tenantId, attachmentId } = parseKey(key);
    // The cascade from the attachment row does this too; the disk copy is an earlier version's.
    await tx.$executeRaw`DELETE FROM file_chunks WHERE tenant_id = ${tenantId}::uuid AND attachment_id = ${attachmentId}::uuid`;
    await this.legacy.delete(key);
  }
}
