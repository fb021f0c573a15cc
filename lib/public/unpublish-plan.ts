// Takes a plan off the public page. The delete's NOTIFY (trigger on
// plan_publications) reaches every server's public cache at commit, so the
// page answers 404 at once. A plan that is not published is refused, like
// another bureau's.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";
import type { UnpublishPlanInput } from "./schemas";

export async function unpublishPlan(tx: Tx, session: TenantSession, { planId }: UnpublishPlanInput) {
  const tenantId = session.tenant.tenantId;
  const removed = await tx.planPublication.deleteMany({ where: { tenantId, planId } });
  if (removed.count === 0) throw new NotFoundError("这份规划未公开或无权访问");
  await recordAudit(tx, session, { action: "plan.unpublish", entityType: "plan", entityId: planId });
  return { planId, code: session.tenant.tenantCode };
}
