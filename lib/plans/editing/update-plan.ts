import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadPlan } from "./load";
import { PLAN_FIELD_KEYS, type UpdatePlanInput } from "./schemas";

export async function updatePlan(tx: Tx, session: TenantSession, { planId, ...fields }: UpdatePlanInput) {
  const tenantId = session.tenant.tenantId;
  const plan = await loadPlan(tx, tenantId, planId);
  await tx.plan.update({ where: { tenantId_id: { tenantId, id: plan.id } }, data: fields });
  await recordAudit(tx, session, {
    action: "plan.update",
    entityType: "plan",
    entityId: plan.id,
    before: Object.fromEntries(PLAN_FIELD_KEYS.map((key) => [key, plan[key]])),
    after: { ...fields },
  });
  return { planId: plan.id };
}
