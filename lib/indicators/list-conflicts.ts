// The conflicts a reviewer resolves, a page of definition-and-date groups at
// a time, oldest date first: every differing approved value with its source
// and which one counts now (the earliest approved). Decision 0035.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type Page } from "@/lib/pagination";
import { conflictValuesSql } from "./conflict-values-sql";
import { countConflicts } from "./count-conflicts";
import { toValueSource, valueSourceColumns, valueSourceJoins, type ValueSource } from "./value-source-sql";

/** Conflicts per page: each lists its two or more values in full. */
export const CONFLICT_PAGE_SIZE = 20;

export interface ConflictValue {
  value: number;
  counts: boolean;
  approvedAt: Date;
  source: ValueSource;
}

export interface Conflict {
  definitionId: string;
  definitionName: string;
  unit: string | null;
  asOf: Date;
  values: ConflictValue[];
}

type Row = ValueSource & {
  definitionId: string;
  definitionName: string;
  unit: string | null;
  asOf: Date;
  value: number;
  counts: boolean;
  approvedAt: Date;
  total: number;
};

export async function listConflicts(tx: Tx, tenantId: string, page: number): Promise<Page<Conflict>> {
  const rows = await tx.$queryRaw<Row[]>`
    WITH c AS (SELECT *, dense_rank() OVER (ORDER BY as_of, definition_id) AS n FROM (${conflictValuesSql(tenantId)}) v)
    SELECT c.definition_id::text AS "definitionId", d.name AS "definitionName", d.unit, c.as_of AS "asOf", c.value::float8 AS value,
      c.counts, c.approved_at AS "approvedAt", ${valueSourceColumns("c")}
    FROM c
    JOIN indicator_definitions d ON d.id = c.definition_id
    ${valueSourceJoins("c", Prisma.sql`${tenantId}::uuid`)}
    WHERE c.n > ${(page - 1) * CONFLICT_PAGE_SIZE} AND c.n <= ${page * CONFLICT_PAGE_SIZE}
    ORDER BY c.n, c.approved_at, c.actual_id`;
  const groups = new Map<string, Conflict>();
  for (const r of rows) {
    const key = `${r.definitionId}|${r.asOf.toISOString()}`;
    const group = groups.get(key) ?? { definitionId: r.definitionId, definitionName: r.definitionName, unit: r.unit, asOf: r.asOf, values: [] };
    group.values.push({ value: r.value, counts: r.counts, approvedAt: r.approvedAt, source: toValueSource(r) });
    groups.set(key, group);
  }
  // Counted apart, so a page past the end still knows how many there are.
  return toPage([...groups.values()], await countConflicts(tx, tenantId), page, CONFLICT_PAGE_SIZE);
}
