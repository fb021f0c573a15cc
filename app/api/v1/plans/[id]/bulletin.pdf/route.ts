import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { pagePdfResponse } from "@/lib/briefing/page-pdf-response";
import { choosePeriod } from "@/lib/bulletin/bulletin-period";
import { readTenant } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { planBulletinTitle } from "@/lib/vocabulary";

/**
 * The plan's bulletin (通报) as an A4 PDF: /plans/{id}/bulletin?period=…
 * printed by the briefing's renderer with the caller's own cookies. The plan
 * and period are resolved first (404 / 409 before Chromium starts, in a
 * transaction that ends before it does); the page is asked for that period by
 * id, so the file reports on the period the caller was told about.
 */
export const GET = sessionReadRoute(
  { permission: "plans:read", params: z.object({ id: z.uuid() }), query: z.object({ period: z.uuid().optional() }) },
  async ({ session, params, query, request }) => {
    const { plan, period } = await readTenant(session, (tx) => choosePeriod(tx, session.tenant.tenantId, params.id, query.period, todayInChina()));
    return pagePdfResponse({
      request,
      path: `/plans/${plan.id}/bulletin?period=${period.id}`,
      pageName: "通报页",
      otherWay: "，或下载 Word 版",
      logTag: "bulletin",
      fileName: `${planBulletinTitle(period.label, plan.title)}.pdf`,
      fallbackName: "bulletin.pdf",
    });
  },
);
