// GET /api/v1/audit.xlsx?person=&action=&entityType=&object=&from=&to=: the
// audit feed as the /admin/audit page filters it (same filter schema, same
// query), newest first, bureau admins only (audit:read).
import { tenantReadRoute } from "@/lib/auth/route";
import { queryAuditFeed } from "@/lib/audit/audit-feed";
import { auditFilterSchema } from "@/lib/audit/filter";
import { writeAuditXlsx } from "@/lib/audit/write-audit-xlsx";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";
import { downloadResponse } from "@/lib/http/download";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";

/** Enough for a year of a busy bureau; past it the file says so and the admin narrows the filter. */
const MAX_EXPORT_ROWS = 10_000;

export const GET = tenantReadRoute({ permission: "audit:read", query: auditFilterSchema }, async ({ tx, session, query }) => {
  const { items, total } = await queryAuditFeed(tx, session.tenant.tenantId, query, { offset: 0, limit: MAX_EXPORT_ROWS });
  const exportedOn = todayInChina();
  const body = await writeAuditXlsx({
    tenantName: session.tenant.tenantName,
    rows: items,
    truncatedAt: total > MAX_EXPORT_ROWS ? MAX_EXPORT_ROWS : null,
    exportedOn,
  });
  return downloadResponse(body, {
    contentType: XLSX_CONTENT_TYPE,
    fileName: `${session.tenant.tenantName}-审计日志-${formatDate(exportedOn)}.xlsx`,
    fallbackName: "audit.xlsx",
  });
});
