// Imports the bureau's schools from a register (.xlsx). Each row is answered
// on its own (created / updated / refused with a Chinese reason); good rows
// are written even when others are refused, and a second run of the same
// file updates the same rows instead of adding new ones: a school is found by
// its name as the plan import finds units (exact, variant spelling, former
// name). A file that cannot be read as a register writes nothing.
// 学段, 性质 and 所属学区/街道 are kept as columns of the unit: the list shows
// and exports them, and 学段 decides 中小学校 or 幼儿园.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { ORG_UNIT_KIND_LABELS } from "@/lib/vocabulary";
import { UNIT_MESSAGES as M } from "./messages";
import { unitNameKey } from "./normalise-unit-name";
import { readSchoolSheet, type SchoolRow } from "./read-school-sheet";

const MAX_NAME = 100;

export type SchoolRowResult = { row: number; name: string; result: "created" | "updated" | "refused"; reason?: string };

export interface SchoolImportSummary {
  created: number;
  updated: number;
  refused: number;
  rows: SchoolRowResult[];
}

/** 学段 naming pre-school makes a 幼儿园; everything else on a school register is a 中小学校. */
export const kindOfStage = (stage: string, name: string): OrgUnitKind => (/幼|学前/.test(stage) || /幼儿园$/.test(name) ? "kindergarten" : "school");

export async function importSchools(tx: Tx, session: TenantSession, input: { fileName: string; bytes: Uint8Array }): Promise<SchoolImportSummary> {
  const tenantId = session.tenant.tenantId;
  const sheet = await readSchoolSheet(input.bytes);
  const units = await tx.orgUnit.findMany({
    where: { tenantId },
    select: { id: true, name: true, kind: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const aliases = await tx.orgUnitAlias.findMany({ where: { tenantId }, select: { name: true, orgUnitId: true } });
  const byKey = new Map<string, (typeof units)[number]>();
  for (const u of units) if (!byKey.has(unitNameKey(u.name))) byKey.set(unitNameKey(u.name), u);
  for (const u of units) byKey.set(`=${u.name}`, u);
  for (const a of aliases) {
    const unit = units.find((u) => u.id === a.orgUnitId);
    if (unit && !byKey.has(unitNameKey(a.name))) byKey.set(unitNameKey(a.name), unit);
  }
  const seen = new Map<string, number>();
  const writes: Writes = { creates: [], updates: [] };
  const rows = sheet.map((row) => judgeRow(row, byKey, seen, writes));
  await writeRows(tx, tenantId, writes);
  const summary = {
    created: rows.filter((r) => r.result === "created").length,
    updated: rows.filter((r) => r.result === "updated").length,
    refused: rows.filter((r) => r.result === "refused").length,
    rows,
  };
  await recordAudit(tx, session, {
    action: "unit.import",
    entityType: "org_unit",
    after: { fileName: input.fileName, created: summary.created, updated: summary.updated, refused: summary.refused },
  });
  return summary;
}

type Known = Map<string, { id: string; name: string; kind: OrgUnitKind }>;
type Details = { kind: OrgUnitKind; stage: string | null; ownership: string | null; district: string | null };
type Writes = { creates: (Details & { name: string })[]; updates: (Details & { id: string })[] };

/** Judges one row against the units known so far (the file's earlier rows included); writes are collected. */
function judgeRow(row: SchoolRow, known: Known, seen: Map<string, number>, writes: Writes): SchoolRowResult {
  const refuse = (reason: string): SchoolRowResult => ({ row: row.row, name: row.name, result: "refused", reason });
  if (!row.name) return refuse(M.rowNameMissing);
  if (row.name.length > MAX_NAME) return refuse(M.rowTooLong);
  const key = unitNameKey(row.name);
  const earlier = seen.get(key);
  if (earlier !== undefined) return refuse(M.rowDuplicate(earlier));
  seen.set(key, row.row);
  const details = { kind: kindOfStage(row.stage, row.name), stage: row.stage || null, ownership: row.ownership || null, district: row.district || null };
  const existing = known.get(`=${row.name}`) ?? known.get(key);
  if (!existing) {
    writes.creates.push({ name: row.name, ...details });
    return { row: row.row, name: row.name, result: "created" };
  }
  // A group (各学校) or a county body is not the school this row describes.
  if (!SCHOOL_LIKE.has(existing.kind)) return refuse(M.rowNotSchool(ORG_UNIT_KIND_LABELS[existing.kind]));
  writes.updates.push({ id: existing.id, ...details });
  return { row: row.row, name: existing.name, result: "updated" };
}

/** Kinds a register row may (re)define: a school, or a unit whose kind was only a guess. */
const SCHOOL_LIKE: ReadonlySet<OrgUnitKind> = new Set(["school", "kindergarten", "other", "department"]);

/** Two statements whatever the file's length: the import stays well inside the tenant transaction's time. */
async function writeRows(tx: Tx, tenantId: string, writes: Writes) {
  if (writes.creates.length) await tx.orgUnit.createMany({ data: writes.creates.map((c) => ({ tenantId, ...c })) });
  if (!writes.updates.length) return;
  const column = <K extends keyof Writes["updates"][number]>(key: K) => writes.updates.map((u) => u[key]);
  await tx.$executeRaw`
    UPDATE org_units AS u
    SET kind = v.kind::"OrgUnitKind", stage = v.stage, ownership = v.ownership, district = v.district
    FROM unnest(${column("id")}::uuid[], ${column("kind")}::text[], ${column("stage")}::text[], ${column("ownership")}::text[], ${column("district")}::text[])
      AS v(id, kind, stage, ownership, district)
    WHERE u.tenant_id = ${tenantId}::uuid AND u.id = v.id`;
}
