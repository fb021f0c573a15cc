// Publishes a plan on the public page, or changes what it shows. The plan is
// loaded by id AND tenant, so another bureau's plan is answered like a
// missing one. The trigger on plan_publications NOTIFYs every server's public
// cache when this commits.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadPlan } from "@/lib/plans/editing/load";
import type { PublishPlanInput } from "./schemas";

export async function publishPlan(tx: Tx, session: TenantSession, { planId, ...shown }: PublishPlanInput) {
  const tenantId = session.tenant.tenantId;
  const plan = await loadPlan(tx, tenantId, planId);
  const before = await tx.planPublication.findFirst({
    where: { tenantId, planId: plan.id },
    select: { showTasks: true, showProgress: true, showIndicators: true, showLeaders: true },
  });
  await tx.planPublication.upsert({
    where: { tenantId_planId: { tenantId, planId: plan.id } },
    create: { tenantId, planId: plan.id, ...shown, publishedById: session.userId },
    update: shown,
  });
  await recordAudit(tx, session, {
    action: before ? "plan.publication.update" : "plan.publish",
    entityType: "plan",
    entityId: plan.id,
    before: before ?? undefined,
    after: shown,
  });
  return { planId: plan.id, code: session.tenant.tenantCode };
}
