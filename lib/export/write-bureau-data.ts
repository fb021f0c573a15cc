// The rows half of a bureau export, written to a scratch folder inside the
// tenant-scoped transaction: json/<table>.json (complete, one object per line)
// and one workbook with a sheet per table (streamed by exceljs, so a table's
// rows are flushed as they are written). One table's rows are in memory at a
// time; the zip is streamed from these files after the transaction ends.
import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import ExcelJS from "exceljs";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_TABLES, EXPORT_WORDS, type ExportTable } from "./bureau-tables";

/** Excel refuses a cell longer than this. */
const EXCEL_CELL_LIMIT = 32_767;

export interface EvidenceFile {
  id: string;
  fileName: string;
  storageKey: string;
}

export interface BureauData {
  tenantName: string;
  counts: { label: string; table: string; rows: number }[];
  evidence: EvidenceFile[];
}

export async function writeBureauData(tx: Tx, tenantId: string, dir: string): Promise<BureauData> {
  await mkdir(path.join(dir, "json"), { recursive: true });
  const [tenant] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM tenants WHERE id = ${tenantId}::uuid`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, EXPORT_WORDS.workbook), useStyles: true, useSharedStrings: false });
  const counts: BureauData["counts"] = [];
  for (const spec of EXPORT_TABLES) {
    const rows = await readRows(tx, tenantId, spec);
    await writeJson(path.join(dir, "json", `${spec.file ?? spec.table}.json`), rows);
    writeSheet(workbook, spec.label, rows);
    counts.push({ label: spec.label, table: spec.file ?? spec.table, rows: rows.length });
  }
  await workbook.commit();
  const evidence = await tx.$queryRaw<EvidenceFile[]>`
    SELECT id::text, file_name AS "fileName", storage_key AS "storageKey" FROM attachments WHERE tenant_id = ${tenantId}::uuid ORDER BY created_at, id`;
  return { tenantName: tenant?.name ?? "", counts, evidence };
}

/** Table and column names come from EXPORT_TABLES, never from a request; the tenant is a bound parameter and RLS applies too. */
async function readRows(tx: Tx, tenantId: string, spec: ExportTable): Promise<Record<string, unknown>[]> {
  return tx.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${spec.select ?? "t.*"} FROM "${spec.table}" t ${spec.join ?? ""} WHERE t.tenant_id = $1::uuid ORDER BY ${spec.orderBy}`,
    tenantId,
  );
}

async function writeJson(file: string, rows: Record<string, unknown>[]): Promise<void> {
  const out = createWriteStream(file);
  out.write("[");
  for (const [i, row] of rows.entries()) {
    if (!out.write(`${i ? "," : ""}\n${JSON.stringify(row, jsonValue)}`)) await once(out, "drain");
  }
  out.end(rows.length ? "\n]\n" : "]\n");
  await once(out, "finish");
}

/** bigint (counts) as text; Prisma's Decimal and Date already serialise themselves. */
const jsonValue = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, label: string, rows: Record<string, unknown>[]): void {
  const sheet = workbook.addWorksheet(label, { views: [{ state: "frozen", ySplit: 1 }] });
  const columns = Object.keys(rows[0] ?? {});
  const header = sheet.addRow(columns);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(row[c]))).commit();
  sheet.commit();
}

function cellValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "number" || typeof value === "boolean") return value;
  if (Prisma.Decimal.isDecimal(value)) return value.toNumber();
  const text = typeof value === "string" ? value : typeof value === "bigint" ? value.toString() : JSON.stringify(value);
  return text.length > EXCEL_CELL_LIMIT ? text.slice(0, EXCEL_CELL_LIMIT - EXPORT_WORDS.cellTruncated.length) + EXPORT_WORDS.cellTruncated : text;
}
