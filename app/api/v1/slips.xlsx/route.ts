// GET /api/v1/slips.xlsx?state=&level=&unit=: the 督办单 list as the page
// filters it (slips:read, like the page; a reporter gets its own unit's).
import { tenantReadRoute } from "@/lib/auth/route";
import { downloadResponse } from "@/lib/http/download";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";
import { slipListQuerySchema } from "@/lib/supervision/slips/schemas";
import { writeSlipsXlsx } from "@/lib/supervision/slips/write-slips-xlsx";

export const GET = tenantReadRoute({ permission: "slips:read", query: slipListQuerySchema }, async ({ tx, session, query }) => {
  const body = await writeSlipsXlsx(tx, session, { state: query.state, level: query.level, orgUnitId: query.unit });
  return downloadResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName: `${session.tenant.tenantName}-督办单.xlsx`, fallbackName: "slips.xlsx" });
});
