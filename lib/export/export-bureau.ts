// GET /api/v1/export/bureau.zip: all of the caller's bureau's data as one zip.
// The rows are read in one read-only tenant-scoped transaction (RLS applies)
// into a scratch folder; the transaction ends before the first byte is sent,
// and the zip, evidence files included, streams from there.
import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant, withTenant } from "@/lib/db/tenant-scope";
import { getFileStorage } from "@/lib/files/storage";
import { downloadResponse } from "@/lib/http/download";
import { formatDate, formatDateTime } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { EXPORT_WORDS } from "./bureau-tables";
import { streamBureauZip } from "./bureau-zip";
import { writeBureauData } from "./write-bureau-data";

/** A bureau's few thousand rows take a second or two; the page-render default (15 s) is kept as the floor. */
const EXPORT_TRANSACTION_MS = 60_000;

export async function exportBureauZip(session: TenantSession, now = new Date()): Promise<Response> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "eduplan-export-"));
  let data;
  try {
    data = await withTenant(session, (tx) => writeBureauData(tx, session.tenant.tenantId, dir), { readOnly: true, timeoutMs: EXPORT_TRANSACTION_MS });
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const exportedAt = formatDateTime(now);
  // Each file in its own short read (a slow download holds no connection between them).
  const zip = streamBureauZip(dir, data, (key) => readTenant(session, (tx) => getFileStorage().get(tx, key)), exportedAt);
  return downloadResponse(Readable.toWeb(zip as unknown as Readable) as ReadableStream<Uint8Array>, {
    contentType: "application/zip",
    fileName: EXPORT_WORDS.zipName(data.tenantName, formatDate(todayInChina(now))),
    fallbackName: "bureau-export.zip",
  });
}
