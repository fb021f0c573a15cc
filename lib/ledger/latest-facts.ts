// The newest report per task and the latest counted actual per indicator,
// one query each whatever the number of tasks (DISTINCT ON, which Prisma's
// query API cannot express without loading every report).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { countedValuesSql } from "@/lib/indicators/counted-values-sql";
import { readableReportSql } from "@/lib/reports/reporter-scope";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export interface LatestReport {
  taskId: string;
  periodLabel: string;
  unitName: string;
  status: ReportStatus;
  submittedAt: Date | null;
  summary: string;
}

/**
 * Drafts are the reporter's own work in progress, so only submitted reports
 * count; the newest period wins. Only reports the caller may read
 * (reporter-scope.ts): a reporter's ledger shows another unit's report only
 * once approved, so the newest *readable* report is the one shown.
 */
export async function latestReports(tx: Tx, session: TenantSession, taskIds: string[]): Promise<Map<string, LatestReport>> {
  if (taskIds.length === 0) return new Map();
  const tenantId = session.tenant.tenantId;
  const rows = await tx.$queryRaw<LatestReport[]>`
    SELECT DISTINCT ON (s.task_id)
      s.task_id::text AS "taskId", p.label AS "periodLabel", u.name AS "unitName",
      r.status::text AS status, r.submitted_at AS "submittedAt", left(r.summary, 101) AS summary
    FROM reports r
    JOIN report_slots s ON s.tenant_id = r.tenant_id AND s.id = r.slot_id
    JOIN reporting_periods p ON p.tenant_id = s.tenant_id AND p.id = s.period_id
    JOIN org_units u ON u.tenant_id = s.tenant_id AND u.id = s.org_unit_id
    WHERE r.tenant_id = ${tenantId}::uuid AND s.task_id = ANY(${taskIds}::uuid[]) AND r.status <> 'draft'
      AND ${readableReportSql(session, { report: "r", slot: "s" })}
    ORDER BY s.task_id, p.ends_on DESC, r.submitted_at DESC NULLS LAST, r.id DESC`;
  return new Map(rows.map((r) => [r.taskId, r]));
}

export interface LatestActual {
  indicatorId: string;
  value: number;
  asOf: Date;
}

/**
 * Only approved actuals count (a pending one is a claim not yet checked by the
 * bureau), and only the counted ones (counted-values-sql.ts): a confirmed
 * indicator's latest is its bureau's latest for its definition, whichever
 * plan it was reported on.
 */
export async function latestApprovedActuals(tx: Tx, tenantId: string, indicatorIds: string[]): Promise<Map<string, LatestActual>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<LatestActual[]>`
    SELECT i.id::text AS "indicatorId", a.value::float8 AS value, a.as_of AS "asOf"
    FROM indicators i
    JOIN LATERAL (SELECT c.value, c.as_of FROM (${countedValuesSql("i")}) c ORDER BY c.as_of DESC LIMIT 1) a ON true
    WHERE i.tenant_id = ${tenantId}::uuid AND i.id = ANY(${indicatorIds}::uuid[])`;
  return new Map(rows.map((r) => [r.indicatorId, r]));
}
