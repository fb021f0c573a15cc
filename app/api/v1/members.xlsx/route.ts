// GET /api/v1/members.xlsx: the bureau's account list in the import
// template's columns (edit and import it back), bureau admins only.
import { tenantReadRoute } from "@/lib/auth/route";
import { formatDate } from "@/lib/format";
import { downloadResponse } from "@/lib/http/download";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";
import { exportMembers } from "@/lib/members/export-members";
import { todayInChina } from "@/lib/reports/periods";

export const GET = tenantReadRoute({ permission: "members:read" }, async ({ tx, session }) =>
  downloadResponse(await exportMembers(tx, session.tenant.tenantId), {
    contentType: XLSX_CONTENT_TYPE,
    fileName: `${session.tenant.tenantName}-账号-${formatDate(todayInChina())}.xlsx`,
    fallbackName: "members.xlsx",
  }),
);
