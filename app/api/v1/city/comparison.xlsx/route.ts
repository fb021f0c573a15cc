// GET /api/v1/city/comparison.xlsx?sort=completion|on-time|<catalogue code>:
// the comparison over all the caller's districts, ranked as the 区县对比 page
// ranks it (city viewers only). sessionReadRoute: the read opens its own
// read-only child-tenants transaction (withChildTenants), one connection.
import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { writeComparisonXlsx } from "@/lib/city/write-comparison-xlsx";
import { downloadResponse } from "@/lib/http/download";
import { XLSX_CONTENT_TYPE } from "@/lib/ledger/xlsx-response";

const query = z.object({ sort: z.string().max(100, "排序参数过长").optional() });

export const GET = sessionReadRoute({ permission: "children:read", query }, async ({ session, query }) => {
  const { body, fileName } = await writeComparisonXlsx(session, query.sort);
  return downloadResponse(body, { contentType: XLSX_CONTENT_TYPE, fileName, fallbackName: "district-comparison.xlsx" });
});
