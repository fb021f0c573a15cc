// A task's evidence gallery: every file attached to its reports, across units
// and periods, newest first, a page at a time. One statement (the page and the
// total together), tenant first. A unit reporter sees only their own unit's
// files: of another unit's report they may read the approved text, never its
// evidence (reporter-scope.ts).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { toPage, type Page } from "@/lib/pagination";
import { slotScopeFor } from "@/lib/reports/reporter-scope";

export interface EvidenceItem {
  id: string;
  fileName: string;
  sizeBytes: number;
  contentType: string;
  createdAt: Date;
  slotId: string;
  periodLabel: string;
  unitName: string;
  reportStatus: ReportStatus;
}

/** How many files the task page shows before 查看全部. */
export const TASK_PAGE_EVIDENCE = 8;

type Row = EvidenceItem & { total: number };

export async function listTaskEvidence(
  tx: Tx,
  session: TenantSession,
  taskId: string,
  paging: { page: number; pageSize: number },
): Promise<Page<EvidenceItem>> {
  const tenantId = session.tenant.tenantId;
  const unit = slotScopeFor(session).orgUnitId;
  const rows = await tx.$queryRaw<Row[]>`
    SELECT a.id::text AS id, a.file_name AS "fileName", a.size_bytes AS "sizeBytes", a.content_type AS "contentType",
           a.created_at AS "createdAt", s.id::text AS "slotId", p.label AS "periodLabel", u.name AS "unitName",
           r.status::text AS "reportStatus", count(*) OVER ()::int AS total
      FROM report_slots s
      JOIN reports r ON r.tenant_id = s.tenant_id AND r.slot_id = s.id
      JOIN attachments a ON a.tenant_id = r.tenant_id AND a.report_id = r.id
      JOIN reporting_periods p ON p.tenant_id = s.tenant_id AND p.id = s.period_id
      JOIN org_units u ON u.tenant_id = s.tenant_id AND u.id = s.org_unit_id
     WHERE s.tenant_id = ${tenantId}::uuid AND s.task_id = ${taskId}::uuid
       ${unit ? Prisma.sql`AND s.org_unit_id = ${unit}::uuid` : Prisma.empty}
     ORDER BY a.created_at DESC, a.id DESC
     LIMIT ${paging.pageSize} OFFSET ${(paging.page - 1) * paging.pageSize}`;
  const total = rows[0]?.total ?? 0;
  return toPage<EvidenceItem>(rows, total, paging.page, paging.pageSize);
}
