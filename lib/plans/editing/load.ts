// Every edit starts here: rows are loaded by id AND tenant, so an id from
// another tenant is indistinguishable from a missing one (RLS is the backstop).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";

export async function loadPlan(tx: Tx, tenantId: string, planId: string) {
  const plan = await tx.plan.findFirst({ where: { id: planId, tenantId } });
  if (!plan) throw new NotFoundError("规划不存在或无权访问");
  return plan;
}

/** With `planId`, the section must also belong to that plan. */
export async function loadSection(tx: Tx, tenantId: string, sectionId: string, planId?: string) {
  const section = await tx.section.findFirst({ where: { id: sectionId, tenantId, ...(planId ? { planId } : {}) } });
  if (!section) throw new NotFoundError("所选部分不存在或无权访问");
  return section;
}

export async function loadTask(tx: Tx, tenantId: string, taskId: string, planId?: string) {
  const task = await tx.task.findFirst({ where: { id: taskId, tenantId, ...(planId ? { planId } : {}) } });
  if (!task) throw new NotFoundError("任务不存在或无权访问");
  return task;
}

export async function loadIndicator(tx: Tx, tenantId: string, indicatorId: string) {
  const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, tenantId } });
  if (!indicator) throw new NotFoundError("指标不存在或无权访问");
  return indicator;
}
