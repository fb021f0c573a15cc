import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadPlan } from "./load";

/** Sections, tasks, measures and indicators go with the plan (FK cascade); people and units stay. */
export async function deletePlan(tx: Tx, session: TenantSession, input: { planId: string }) {
  const tenantId = session.tenant.tenantId;
  const plan = await loadPlan(tx, tenantId, input.planId);
  const tasks = await tx.task.count({ where: { tenantId, planId: plan.id } });
  const indicators = await tx.indicator.count({ where: { tenantId, planId: plan.id } });
  await tx.plan.delete({ where: { tenantId_id: { tenantId, id: plan.id } } });
  await recordAudit(tx, session, {
    action: "plan.delete",
    entityType: "plan",
    entityId: plan.id,
    before: { title: plan.title, startYear: plan.startYear, endYear: plan.endYear, tasks, indicators },
  });
  return { planId: plan.id };
}
