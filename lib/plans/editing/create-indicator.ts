import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { indicatorSnapshot } from "./indicator-snapshot";
import { loadPlan, loadTask } from "./load";
import type { IndicatorFields } from "./schemas";

/** Plan-level without `taskId`; a task's target with it (the task must be in the plan). */
export async function createIndicator(tx: Tx, session: TenantSession, input: IndicatorFields & { planId: string; taskId?: string }) {
  const tenantId = session.tenant.tenantId;
  const plan = await loadPlan(tx, tenantId, input.planId);
  const taskId = input.taskId ? (await loadTask(tx, tenantId, input.taskId, plan.id)).id : null;
  const { _max } = await tx.indicator.aggregate({ where: { tenantId, planId: plan.id }, _max: { position: true } });
  const indicator = await tx.indicator.create({
    data: {
      ...valuesOf(input),
      tenantId,
      planId: plan.id,
      taskId,
      origin: "manual",
      position: (_max.position ?? -1) + 1,
    },
  });
  await recordAudit(tx, session, { action: "indicator.create", entityType: "indicator", entityId: indicator.id, after: indicatorSnapshot(indicator) });
  return { planId: plan.id, taskId, indicatorId: indicator.id };
}

/** Blank optional fields clear their column. */
export function valuesOf(input: IndicatorFields) {
  return {
    name: input.name,
    unit: input.unit,
    comparator: input.comparator,
    baselineValue: input.baselineValue ?? null,
    baselineYear: input.baselineYear ?? null,
    targetValue: input.targetValue ?? null,
    targetMax: input.targetMax ?? null,
    targetYear: input.targetYear ?? null,
  };
}
