// The plan's indicators with their targets and latest counted value (the one
// definition of which approved values count: counted-values-sql.ts), judged
// against the straight path. No source text, no reports, no mapping details.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { judgeOnPath } from "@/lib/dashboard/on-path";
import { countedValuesSql } from "@/lib/indicators/counted-values-sql";
import type { Comparator } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import type { PublicIndicator } from "./types";

/** Bound like the tasks': a plan states at most a few hundred targets. */
const MAX_PUBLIC_INDICATORS = 1_000;

interface Row {
  name: string;
  unit: string | null;
  comparator: Comparator;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetMax: number | null;
  targetYear: number | null;
  tolerance: number | null;
  actualValue: number | null;
  actualAsOf: Date | null;
}

export async function readPublicIndicators(tx: Tx, tenantId: string, planId: string): Promise<PublicIndicator[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT i.name, i.unit, i.comparator::text AS comparator,
      i.baseline_value::float8 AS "baselineValue", i.baseline_year AS "baselineYear",
      i.target_value::float8 AS "targetValue", i.target_max::float8 AS "targetMax", i.target_year AS "targetYear",
      i.tolerance::float8 AS tolerance, a.value::float8 AS "actualValue", a.as_of AS "actualAsOf"
    FROM indicators i
    LEFT JOIN tasks t ON t.tenant_id = i.tenant_id AND t.id = i.task_id
    LEFT JOIN LATERAL (SELECT c.value, c.as_of FROM (${countedValuesSql("i")}) c ORDER BY c.as_of DESC LIMIT 1) a ON true
    WHERE i.tenant_id = ${tenantId}::uuid AND i.plan_id = ${planId}::uuid
    ORDER BY (i.task_id IS NOT NULL), t.position NULLS FIRST, i.position, i.id
    LIMIT ${MAX_PUBLIC_INDICATORS}`;
  return rows.map((r) => {
    const latest = r.actualValue !== null && r.actualAsOf ? { value: r.actualValue, asOf: r.actualAsOf } : null;
    const { judgement } = judgeOnPath(r, latest);
    return {
      name: r.name,
      unit: r.unit,
      comparator: r.comparator,
      baselineValue: r.baselineValue,
      baselineYear: r.baselineYear,
      targetValue: r.targetValue,
      targetMax: r.targetMax,
      targetYear: r.targetYear,
      latest: latest ? { value: latest.value, asOf: formatDate(latest.asOf) } : null,
      judgement,
    };
  });
}
