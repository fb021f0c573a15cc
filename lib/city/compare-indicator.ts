// A catalogue indicator (口径) side by side across a city's districts: each
// district's baseline, target and latest approved actual for the indicator it
// mapped to that definition, and the on-path judgement. Read through
// withChildTenants only (one read-only transaction, RLS admitting exactly the
// city's child tenants); the query still filters by those tenant ids because
// the same transaction also sees the city's own tenant.
//
// Which indicator speaks for a district when several map to one code: the
// plan-level one (task_id null, the plan's indicator table) before task-level
// targets, then the latest target year (none last), then a confirmed mapping
// before a suggested one, then the newest. Its own actuals are the ones shown,
// so baseline, target and actual always belong to the same indicator.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { withChildTenants, type ChildTenant, type Tx } from "@/lib/db/tenant-scope";
import type { PathIndicator } from "@/lib/dashboard/on-path";
import { NotFoundError } from "@/lib/errors";
import { COMPARATOR_TO_PARSER } from "@/lib/plans/import/classify";
import type { Comparator as ParsedComparator } from "@/lib/plans/parser/types";
import { judge, type JudgeStatus } from "./judge";

export type CompareStatus = JudgeStatus;

export interface CatalogueIndicator {
  code: string;
  name: string;
  unit: string | null;
}

export interface DistrictComparison {
  tenant: { code: string; name: string };
  baseline: { value: number; year: number | null } | null;
  target: { value: number; year: number | null; comparator: ParsedComparator } | null;
  latest: { value: number; period: string } | null;
  status: CompareStatus;
}

export interface IndicatorComparison {
  indicator: CatalogueIndicator;
  districts: DistrictComparison[];
}

export interface DefinitionRow {
  id: string;
  code: string;
  name: string;
  unit: string | null;
}

interface PickedRow extends PathIndicator {
  definitionId: string;
  tenantId: string;
  latestValue: number | null;
  latestAsOf: Date | string | null;
  latestPeriod: string | null;
}

const DEFINITION_SELECT = { id: true, code: true, name: true, unit: true } as const;

/** One code across the caller's districts; an unknown code is a NotFoundError. */
export async function compareIndicator(session: TenantSession, code: string): Promise<IndicatorComparison> {
  return withChildTenants(session, async (tx, children) => {
    const definition = await tx.indicatorDefinition.findUnique({ where: { code }, select: DEFINITION_SELECT });
    if (!definition) throw new NotFoundError();
    return (await readComparisons(tx, children, [definition]))[0]!;
  });
}

/** Every catalogue definition across the caller's districts, in one query (the city home switches between them without a round trip). */
export async function compareCatalogue(session: TenantSession): Promise<IndicatorComparison[]> {
  return withChildTenants(session, async (tx, children) => {
    const definitions = await tx.indicatorDefinition.findMany({ select: DEFINITION_SELECT, orderBy: { code: "asc" } });
    return readComparisons(tx, children, definitions);
  });
}

/** Exported for the benchmarks, which time this very SQL on its own (bench/lib/floor.ts). */
export async function readComparisons(tx: Tx, children: ChildTenant[], definitions: DefinitionRow[]): Promise<IndicatorComparison[]> {
  const picked = new Map<string, PickedRow>();
  if (children.length > 0 && definitions.length > 0) {
    const rows = await tx.$queryRaw<PickedRow[]>`
      SELECT DISTINCT ON (i.definition_id, i.tenant_id)
        i.definition_id::text AS "definitionId", i.tenant_id::text AS "tenantId", i.comparator::text AS comparator,
        i.baseline_value::float8 AS "baselineValue", i.baseline_year AS "baselineYear",
        i.target_value::float8 AS "targetValue", i.target_max::float8 AS "targetMax", i.target_year AS "targetYear",
        i.tolerance::float8 AS tolerance,
        a.value AS "latestValue", a.as_of AS "latestAsOf", a.period_label AS "latestPeriod"
      FROM indicators i
      LEFT JOIN LATERAL (
        SELECT x.value::float8 AS value, x.as_of, p.label AS period_label
        FROM indicator_actuals x
        LEFT JOIN reporting_periods p ON p.tenant_id = x.tenant_id AND p.id = x.period_id
        WHERE x.tenant_id = i.tenant_id AND x.indicator_id = i.id AND x.review_state = 'approved'
        ORDER BY x.as_of DESC, x.created_at DESC, x.id DESC
        LIMIT 1
      ) a ON true
      WHERE i.tenant_id = ANY(${children.map((c) => c.id)}::uuid[])
        AND i.definition_id = ANY(${definitions.map((d) => d.id)}::uuid[])
        AND i.mapping_state IN ('suggested', 'confirmed')
      ORDER BY i.definition_id, i.tenant_id, (i.task_id IS NULL) DESC, i.target_year DESC NULLS LAST,
        (i.mapping_state = 'confirmed') DESC, i.created_at DESC, i.id DESC`;
    for (const row of rows) picked.set(`${row.definitionId}/${row.tenantId}`, row);
  }
  return definitions.map((d) => ({
    indicator: { code: d.code, name: d.name, unit: d.unit },
    districts: children.map((child) => districtRow(child, picked.get(`${d.id}/${child.id}`))),
  }));
}

/** A district with no mapped indicator, or no approved actual, shows nulls and "no-data", never zeros. */
function districtRow(child: ChildTenant, row: PickedRow | undefined): DistrictComparison {
  const tenant = { code: child.code, name: child.name };
  if (!row) return { tenant, baseline: null, target: null, latest: null, status: "no-data" };
  const asOf = row.latestAsOf === null ? null : new Date(row.latestAsOf);
  const baseline = row.baselineValue === null ? null : { value: row.baselineValue, year: row.baselineYear };
  const latest = row.latestValue === null || asOf === null ? null : { value: row.latestValue, asOf };
  const status = judge({
    comparator: row.comparator,
    baseline,
    target: row.targetValue === null ? null : { value: row.targetValue, max: row.targetMax, year: row.targetYear },
    tolerance: row.tolerance,
    latest,
  });
  return {
    tenant,
    baseline,
    target: row.targetValue === null ? null : { value: row.targetValue, year: row.targetYear, comparator: COMPARATOR_TO_PARSER[row.comparator] },
    latest: latest === null ? null : { value: latest.value, period: row.latestPeriod ?? latest.asOf.toISOString().slice(0, 10) },
    status,
  };
}
