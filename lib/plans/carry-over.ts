// 结转 (decision 0036): staff start next year's plan from this year's
// unfinished tasks (status not 已完成). One transaction: a new plan (next
// year, same kind and reporting frequency, the title's year moved on) with
// exactly those tasks, their sections (and ancestors), measures, leaders,
// units, own indicators and confirmed five-year links; each new task names
// the one it continues (carried_from_task_id, 接续自). A plan carries over
// once: a second attempt is refused, naming the plan it went into.
import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { carriedDueDate, carryOverTitle } from "./carry-over-title";
import { copySections, copyTaskChildren, copyTasks } from "./carry-over-copy";
import { findCarriedInto } from "./carried-into";

export async function carryOver(tx: Tx, session: TenantSession, input: { planId: string }) {
  const tenantId = session.tenant.tenantId;
  const plan = await lockPlan(tx, tenantId, input.planId);
  if (plan.kind === "five_year" || plan.startYear !== plan.endYear) throw new UserFacingError("只有年度计划（如工作要点）可以结转到下一年");
  const into = await findCarriedInto(tx, tenantId, plan.id);
  if (into) throw new ConflictError(`本计划已结转到「${into.title}」，不能重复结转`);
  const tasks = await tx.task.findMany({
    where: { tenantId, planId: plan.id, status: { not: "completed" } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, dueDate: true },
  });
  if (tasks.length === 0) throw new UserFacingError("本计划的任务都已完成，没有需要结转的任务");
  const year = plan.startYear + 1;
  const sectionIds = await carriedSections(
    tx,
    tenantId,
    tasks.map((t) => t.id),
  );
  const sections = { old: sectionIds, new: sectionIds.map(() => randomUUID()) };
  const taskMap = {
    old: tasks.map((t) => t.id),
    new: tasks.map(() => randomUUID()),
    position: tasks.map((_, i) => i),
    dueDate: tasks.map((t) => carriedDueDate(t.dueDate, year)?.toISOString().slice(0, 10) ?? null),
  };
  const created = await tx.plan.create({
    data: {
      tenantId,
      title: carryOverTitle(plan.title, plan.startYear),
      kind: plan.kind,
      startYear: year,
      endYear: year,
      reportingFrequency: plan.reportingFrequency,
    },
    select: { id: true, title: true },
  });
  await copySections(tx, tenantId, created.id, sections);
  await copyTasks(tx, tenantId, created.id, taskMap, sections);
  await copyTaskChildren(tx, tenantId, created.id, taskMap, session.userId);
  await recordAudit(tx, session, {
    action: "plan.carry_over",
    entityType: "plan",
    entityId: created.id,
    after: { fromPlanId: plan.id, title: created.title, year, tasks: tasks.length },
  });
  return { planId: created.id, title: created.title, fromPlanId: plan.id, tasks: tasks.length };
}

/** The plan, locked: two staff carrying it over at once make one plan, the second is refused. */
async function lockPlan(tx: Tx, tenantId: string, planId: string) {
  await tx.$queryRaw`SELECT 1 FROM plans WHERE tenant_id = ${tenantId}::uuid AND id = ${planId}::uuid FOR UPDATE`;
  const plan = await tx.plan.findFirst({ where: { id: planId, tenantId } });
  if (!plan) throw new NotFoundError("计划不存在或无权访问");
  return plan;
}

/** The sections holding the tasks, and their ancestors, parents before children. */
async function carriedSections(tx: Tx, tenantId: string, taskIds: string[]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT s.id, s.parent_id, 0 AS depth FROM sections s
      WHERE s.tenant_id = ${tenantId}::uuid AND s.id IN (SELECT section_id FROM tasks WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${taskIds}::uuid[]))
      UNION
      SELECT p.id, p.parent_id, tree.depth + 1 FROM sections p JOIN tree ON p.tenant_id = ${tenantId}::uuid AND p.id = tree.parent_id
    )
    SELECT id FROM tree GROUP BY id ORDER BY max(depth) DESC, id`;
  return rows.map((r) => r.id);
}
