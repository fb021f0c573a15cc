import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { pagePdfResponse } from "@/lib/briefing/page-pdf-response";
import { readTenant } from "@/lib/db/tenant-scope";
import { getPlanHeading } from "@/lib/plans/queries/get-plan-heading";

/**
 * The plan's briefing (简报) as an A4 PDF, rendered from /plans/{id}/briefing
 * with the caller's own cookies. Session, permission and id are checked like
 * every /api/v1 route; the plan is looked up in a transaction of its own that
 * ends before Chromium starts, so no connection is held while it renders (the
 * page it renders opens its own).
 */
export const GET = sessionReadRoute({ permission: "plans:read", params: z.object({ id: z.uuid() }) }, async ({ session, params, request }) => {
  const plan = await readTenant(session, (tx) => getPlanHeading(tx, session.tenant.tenantId, params.id));
  return pagePdfResponse({
    request,
    path: `/plans/${plan.id}/briefing`,
    pageName: "简报页",
    logTag: "briefing",
    fileName: `${plan.title}-简报.pdf`,
    fallbackName: "briefing.pdf",
  });
});
