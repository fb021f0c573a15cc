import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreatePlanInput } from "./schemas";

export async function createPlan(tx: Tx, session: TenantSession, input: CreatePlanInput) {
  const plan = await tx.plan.create({ data: { tenantId: session.tenant.tenantId, ...input }, select: { id: true } });
  await recordAudit(tx, session, { action: "plan.create", entityType: "plan", entityId: plan.id, after: { ...input } });
  return { planId: plan.id };
}
