// Every indicator with a target (the plan's table and those stated in tasks):
// baseline → latest counted actual (counted-values-sql.ts) → target, judged against the straight
// path. The latest actual comes from SQL (one LATERAL lookup per indicator on
// the (tenant, indicator, review_state, as_of) index); the judgement is the
// pure on-path rule, applied per row in Node because it is per-indicator logic,
// not an aggregate over tasks.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { countedValuesSql } from "@/lib/indicators/counted-values-sql";
import type { MappingState } from "@/lib/generated/prisma/enums";
import { JUDGEMENT_ORDER } from "@/lib/vocabulary";
import { judgeOnPath, type OnPathResult, type PathIndicator } from "./on-path";
import { mineCondition, type DashboardScope } from "./scope";

export interface IndicatorProgress extends PathIndicator {
  id: string;
  name: string;
  unit: string | null;
  plan: { id: string; title: string };
  /** Null for the plan's own indicator table. */
  task: { id: string; number: number; title: string } | null;
  latest: { value: number; asOf: Date } | null;
  /** A suggested mapping is 待确认: it counts only the indicator's own values (decision 0035). */
  mappingState: MappingState;
  result: OnPathResult;
}

interface Row extends PathIndicator {
  id: string;
  name: string;
  unit: string | null;
  planId: string;
  planTitle: string;
  taskId: string | null;
  taskNumber: number | null;
  taskTitle: string | null;
  actualValue: number | null;
  actualAsOf: Date | null;
  mappingState: MappingState;
}

/**
 * Worst judgement first, then document order; one plan's only when `planId` is given (the briefing). For "我负责的" only the
 * indicators of the scoped tasks count (a plan's table belongs to no one task).
 */
export async function getIndicatorProgress(tx: Tx, scope: DashboardScope, planId?: string): Promise<IndicatorProgress[]> {
  const tenantId = scope.tenantId;
  const rows = await tx.$queryRaw<Row[]>`
    SELECT i.id::text AS id, i.name, i.unit, i.comparator::text AS comparator,
      i.baseline_value::float8 AS "baselineValue", i.baseline_year AS "baselineYear",
      i.target_value::float8 AS "targetValue", i.target_max::float8 AS "targetMax", i.target_year AS "targetYear",
      i.tolerance::float8 AS tolerance,
      p.id::text AS "planId", p.title AS "planTitle",
      t.id::text AS "taskId", t.number AS "taskNumber", t.title AS "taskTitle",
      a.value::float8 AS "actualValue", a.as_of AS "actualAsOf", i.mapping_state::text AS "mappingState"
    FROM indicators i
    JOIN plans p ON p.tenant_id = i.tenant_id AND p.id = i.plan_id
    LEFT JOIN tasks t ON t.tenant_id = i.tenant_id AND t.id = i.task_id
    LEFT JOIN LATERAL (SELECT c.value, c.as_of FROM (${countedValuesSql("i")}) c ORDER BY c.as_of DESC LIMIT 1) a ON true
    WHERE i.tenant_id = ${tenantId}::uuid AND i.target_value IS NOT NULL
      ${planId ? Prisma.sql`AND i.plan_id = ${planId}::uuid` : Prisma.empty}
      ${mineCondition(scope)}
    ORDER BY p.start_year DESC, p.title, (i.task_id IS NOT NULL), t.position NULLS FIRST, i.position, i.id`;
  const items = rows.map((r): IndicatorProgress => {
    const latest = r.actualValue !== null && r.actualAsOf ? { value: r.actualValue, asOf: r.actualAsOf } : null;
    const path: PathIndicator = {
      comparator: r.comparator,
      baselineValue: r.baselineValue,
      baselineYear: r.baselineYear,
      targetValue: r.targetValue,
      targetMax: r.targetMax,
      targetYear: r.targetYear,
      tolerance: r.tolerance,
    };
    return {
      ...path,
      id: r.id,
      name: r.name,
      unit: r.unit,
      plan: { id: r.planId, title: r.planTitle },
      task: r.taskId && r.taskNumber !== null && r.taskTitle !== null ? { id: r.taskId, number: r.taskNumber, title: r.taskTitle } : null,
      latest,
      mappingState: r.mappingState,
      result: judgeOnPath(path, latest),
    };
  });
  // Array.prototype.sort is stable: document order survives within a judgement.
  return items.sort((a, b) => JUDGEMENT_ORDER[a.result.judgement] - JUDGEMENT_ORDER[b.result.judgement]);
}
