// GET /api/v1/units.xlsx?q=&kind=: the units register as /units filters it
// (units:read, like the page).
import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { downloadResponse } from "@/lib/http/download";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";
import { writeUnitsXlsx } from "@/lib/units/write-units-xlsx";
import { ORG_UNIT_KINDS } from "@/lib/vocabulary";

const query = z.object({ q: z.string().trim().max(100).optional(), kind: z.enum(ORG_UNIT_KINDS).optional() });

export const GET = tenantReadRoute({ permission: "units:read", query }, async ({ tx, session, query }) => {
  const body = await writeUnitsXlsx(tx, session.tenant.tenantId, { q: query.q || undefined, kind: query.kind });
  return downloadResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName: `${session.tenant.tenantName}-单位名单.xlsx`, fallbackName: "units.xlsx" });
});
