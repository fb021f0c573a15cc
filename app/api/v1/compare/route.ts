// GET /api/v1/compare?indicator=<catalogue code>: one catalogue indicator side
// by side across the caller's districts (city viewers only), read through
// compareIndicator's own read-only child-tenants transaction. Only confirmed
// mappings, and each district's counted value (decision 0037).
import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { compareIndicator } from "@/lib/city/compare-indicator";

const MISSING = "请指定要对比的指标代码";
const query = z.object({
  indicator: z.string({ error: MISSING }).trim().min(1, MISSING).max(100, "指标代码过长"),
});

export const GET = sessionReadRoute({ permission: "children:read", query }, async ({ session, query }) => {
  const { indicator, districts } = await compareIndicator(session, query.indicator);
  // The documented shape: the ranking's internal lead (path-lead.ts) stays out of the API.
  return {
    indicator: { code: indicator.code, name: indicator.name, unit: indicator.unit },
    districts: districts.map(({ tenant, baseline, target, latest, status }) => ({ tenant, baseline, target, latest, status })),
  };
});
