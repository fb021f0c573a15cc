// A catalogue indicator (口径) side by side across a city's districts: each
// district's baseline, target and latest approved actual for the indicator it
// mapped to that definition, and the on-path judgement. Read through
// withChildTenants only (one read-only transaction, RLS admitting exactly the
// city's child tenants); the query still filters by those tenant ids because
// the same transaction also sees the city's own tenant.
//
// Only confirmed mappings count (decision 0037): a suggested mapping gives a
// district neither a target nor a value. Which confirmed indicator's baseline
// and target speak for a district when several map to one code: the
// plan-level one (task_id null, the plan's indicator table) before task-level
// targets, then the latest target year (none last), then the newest. The
// latest value is the district's counted value for the definition
// (latestBureauValueSql, report once): entered on any confirmed same-definition
// indicator of any of its plans, not only the picked indicator's own.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { withChildTenants, type ChildTenant, type Tx } from "@/lib/db/tenant-scope";
import type { PathIndicator } from "@/lib/dashboard/on-path";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { latestBureauValueSql } from "@/lib/indicators/counted-values-sql";
import { type ApiComparator, COMPARATOR_TO_API, type Judgement } from "@/lib/vocabulary";
import { judge, type JudgeInput } from "./judge";
import { pathLead } from "./path-lead";

export interface CatalogueIndicator {
  code: string;
  name: string;
  unit: string | null;
}

export interface DistrictComparison {
  tenant: { code: string; name: string };
  baseline: { value: number; year: number | null } | null;
  target: { value: number; year: number | null; comparator: ApiComparator } | null;
  latest: { value: number; period: string } | null;
  status: Judgement;
  /** Ahead of (+) or behind (−) the target path at the latest value's date, in the indicator's unit (path-lead.ts); null without a judgement. */
  lead: number | null;
}

export interface IndicatorComparison {
  indicator: CatalogueIndicator;
  districts: DistrictComparison[];
}

interface PickedRow extends PathIndicator {
  code: string;
  name: string;
  unit: string | null;
  /** Null when no district maps an indicator to this definition. */
  tenantId: string | null;
  latestValue: number | null;
  latestAsOf: Date | string | null;
  latestPeriod: string | null;
}

/** One code across the caller's districts; an unknown code is a NotFoundError. */
export async function compareIndicator(session: TenantSession, code: string): Promise<IndicatorComparison> {
  return withChildTenants(session, async (tx, children) => {
    const [comparison] = await readComparisons(tx, children, { code });
    if (!comparison) throw new NotFoundError();
    return comparison;
  });
}

/** Every catalogue definition across the caller's districts, in one query (the city home switches between them without a round trip). */
export async function compareCatalogue(session: TenantSession): Promise<IndicatorComparison[]> {
  return withChildTenants(session, (tx, children) => readComparisons(tx, children, "all"));
}

/**
 * The definitions (one by code, or all by code) with each district's picked
 * indicator, in one statement: a definition nobody maps still comes back, as
 * one row without a district. Exported for the benchmarks, which time this
 * very SQL on its own (bench/lib/floor.ts).
 */
export async function readComparisons(tx: Tx, children: ChildTenant[], which: { code: string } | "all"): Promise<IndicatorComparison[]> {
  const rows = await tx.$queryRaw<PickedRow[]>`
    SELECT d.code, d.name, d.unit,
      p.tenant_id::text AS "tenantId", p.comparator::text AS comparator,
      p.baseline_value::float8 AS "baselineValue", p.baseline_year AS "baselineYear",
      p.target_value::float8 AS "targetValue", p.target_max::float8 AS "targetMax", p.target_year AS "targetYear",
      p.tolerance::float8 AS tolerance,
      a.value AS "latestValue", a.as_of AS "latestAsOf", a.period_label AS "latestPeriod"
    FROM indicator_definitions d
    LEFT JOIN LATERAL (
      SELECT DISTINCT ON (i.tenant_id) i.tenant_id, i.comparator, i.baseline_value, i.baseline_year, i.target_value, i.target_max,
        i.target_year, i.tolerance
      FROM indicators i
      WHERE i.tenant_id = ANY(${children.map((c) => c.id)}::uuid[])
        AND i.definition_id = d.id
        AND i.mapping_state = 'confirmed'
      ORDER BY i.tenant_id, (i.task_id IS NULL) DESC, i.target_year DESC NULLS LAST, i.created_at DESC, i.id DESC
    ) p ON true
    LEFT JOIN LATERAL (
      SELECT c.value::float8 AS value, c.as_of, rp.label AS period_label
      FROM (${latestBureauValueSql(Prisma.sql`p.tenant_id`, Prisma.sql`d.id`)}) c
      LEFT JOIN reporting_periods rp ON rp.tenant_id = p.tenant_id AND rp.id = c.period_id
    ) a ON true
    ${which === "all" ? Prisma.empty : Prisma.sql`WHERE d.code = ${which.code}`}
    ORDER BY d.code`;
  const byCode = new Map<string, { indicator: CatalogueIndicator; picked: Map<string, PickedRow> }>();
  for (const row of rows) {
    const entry = byCode.get(row.code) ?? { indicator: { code: row.code, name: row.name, unit: row.unit }, picked: new Map() };
    if (row.tenantId) entry.picked.set(row.tenantId, row);
    byCode.set(row.code, entry);
  }
  return [...byCode.values()].map(({ indicator, picked }) => ({
    indicator,
    districts: children.map((child) => districtRow(child, picked.get(child.id))),
  }));
}

/** A district with no mapped indicator, or no approved actual, shows nulls and "no-data", never zeros. */
function districtRow(child: ChildTenant, row: PickedRow | undefined): DistrictComparison {
  const tenant = { code: child.code, name: child.name };
  if (!row) return { tenant, baseline: null, target: null, latest: null, status: "no-data", lead: null };
  const asOf = row.latestAsOf === null ? null : new Date(row.latestAsOf);
  const baseline = row.baselineValue === null ? null : { value: row.baselineValue, year: row.baselineYear };
  const latest = row.latestValue === null || asOf === null ? null : { value: row.latestValue, asOf };
  const judged: JudgeInput = {
    comparator: row.comparator,
    baseline,
    target: row.targetValue === null ? null : { value: row.targetValue, max: row.targetMax, year: row.targetYear },
    tolerance: row.tolerance,
    latest,
  };
  return {
    tenant,
    baseline,
    target: row.targetValue === null ? null : { value: row.targetValue, year: row.targetYear, comparator: COMPARATOR_TO_API[row.comparator] },
    latest: latest === null ? null : { value: latest.value, period: row.latestPeriod ?? latest.asOf.toISOString().slice(0, 10) },
    status: judge(judged),
    lead: pathLead(judged),
  };
}
