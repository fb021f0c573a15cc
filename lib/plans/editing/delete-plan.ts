import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { snapshotPlan } from "@/lib/audit/snapshot-plan";
import { loadPlan } from "./load";

/**
 * Sections, tasks, measures, indicators, periods, slots, reports and their
 * events go with the plan (FK cascade); people and units stay. The history the
 * cascade removes is first copied, whole, into the deletion's audit event,
 * which no cascade reaches and the app cannot rewrite (decision 0007).
 */
export async function deletePlan(tx: Tx, session: TenantSession, input: { planId: string }) {
  const tenantId = session.tenant.tenantId;
  const plan = await loadPlan(tx, tenantId, input.planId);
  const { counts, snapshot } = await snapshotPlan(tx, tenantId, plan.id);
  const indicators = await tx.indicator.count({ where: { tenantId, planId: plan.id } });
  await tx.plan.delete({ where: { tenantId_id: { tenantId, id: plan.id } } });
  await recordAudit(tx, session, {
    action: "plan.delete",
    entityType: "plan",
    entityId: plan.id,
    before: { title: plan.title, startYear: plan.startYear, endYear: plan.endYear, tasks: counts.tasks, indicators, history: { ...counts }, snapshot },
  });
  return { planId: plan.id };
}
