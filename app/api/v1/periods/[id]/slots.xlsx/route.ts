// GET /api/v1/periods/<id>/slots.xlsx?sort=&dir=&state=: a period's slots as
// its page lists them (periods:manage, like the page).
import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { downloadResponse } from "@/lib/http/download";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";
import { todayInChina } from "@/lib/reports/periods";
import { parsePeriodSlotQuery } from "@/lib/reports/queries/period-slots";
import { writePeriodSlotsXlsx } from "@/lib/reports/write-period-slots-xlsx";

const query = z.object({ sort: z.string().optional(), dir: z.string().optional(), state: z.string().optional() });

export const GET = tenantReadRoute({ permission: "periods:manage", params: z.object({ id: z.uuid() }), query }, async ({ tx, session, params, query }) => {
  const { body, fileName } = await writePeriodSlotsXlsx(tx, session.tenant.tenantId, params.id, parsePeriodSlotQuery(query), todayInChina());
  return downloadResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName, fallbackName: "period-slots.xlsx" });
});
