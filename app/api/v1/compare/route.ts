// GET /api/v1/compare?indicator=<catalogue code>: one catalogue indicator side
// by side across the caller's districts (city viewers only). The wrapper's own
// transaction is the city's tenant; the districts are read through
// compareIndicator, which opens the read-only child transaction itself.
import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { compareIndicator } from "@/lib/city/compare-indicator";

const MISSING = "请指定要对比的指标代码";
const query = z.object({
  indicator: z.string({ error: MISSING }).trim().min(1, MISSING).max(100, "指标代码过长"),
});

export const GET = tenantReadRoute({ permission: "children:read", query }, async ({ session, query }) => {
  const { indicator, districts } = await compareIndicator(session, query.indicator);
  return { indicator: { code: indicator.code, name: indicator.name, unit: indicator.unit }, districts };
});
