// Opening a period gives slots to lead and responsible units only; a
// cooperating unit adds its own when it has something to report. A reporter
// may add one for their own unit only, and only on tasks their unit is linked
// to as "cooperate"; bureau staff name the cooperating unit. Idempotent on the
// slot's unique key, so a double click or a retry returns the same slot.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { isUnitBound } from "./reporter-scope";

export async function addCooperationSlot(tx: Tx, session: TenantSession, input: { taskId: string; periodId: string; orgUnitId?: string }) {
  const tenantId = session.tenant.tenantId;
  const orgUnitId = await unitFor(tx, session, input.orgUnitId);
  const task = await tx.task.findFirst({ where: { id: input.taskId, tenantId }, select: { id: true, planId: true } });
  if (!task) throw new NotFoundError("任务不存在或无权访问");
  // Only a period of the task's own plan: another plan's period is as missing as a foreign one.
  const period = await tx.reportingPeriod.findFirst({
    where: { id: input.periodId, tenantId, planId: task.planId },
    select: { id: true, label: true, dueOn: true },
  });
  if (!period) throw new NotFoundError("填报期不存在或无权访问");
  const link = await tx.taskUnit.findFirst({ where: { tenantId, taskId: task.id, orgUnitId, role: "cooperate" }, select: { taskId: true } });
  if (!link) {
    throw new UserFacingError(isUnitBound(session) ? "本单位不是该任务的配合单位，不能填报配合情况" : "所选单位不是该任务的配合单位");
  }
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO report_slots (id, tenant_id, period_id, task_id, org_unit_id, unit_role, due_on, status, created_at, updated_at)
    VALUES (gen_random_uuid(), ${tenantId}::uuid, ${period.id}::uuid, ${task.id}::uuid, ${orgUnitId}::uuid, 'cooperate', ${period.dueOn}::date, 'open', now(), now())
    ON CONFLICT (tenant_id, period_id, task_id, org_unit_id) DO NOTHING
    RETURNING id`;
  const created = inserted[0];
  if (created) {
    await recordAudit(tx, session, {
      action: "report_slot.add_cooperation",
      entityType: "report_slot",
      entityId: created.id,
      after: { taskId: task.id, periodId: period.id, period: period.label, orgUnitId },
    });
    return { slotId: created.id, created: true };
  }
  // Already there (added before, or the unit is also lead/responsible on the task).
  const existing = await tx.reportSlot.findFirstOrThrow({ where: { tenantId, periodId: period.id, taskId: task.id, orgUnitId }, select: { id: true } });
  return { slotId: existing.id, created: false };
}

/** The unit the slot is for: a reporter's own (from the session, never the form), or one staff chose. */
async function unitFor(tx: Tx, session: TenantSession, requested: string | undefined): Promise<string> {
  if (isUnitBound(session)) {
    const own = session.tenant.orgUnitId;
    if (!own) throw new UserFacingError("您的账号尚未绑定单位，请联系本局管理员");
    if (requested && requested !== own) throw new UserFacingError("只能为本单位填报配合情况");
    return own;
  }
  if (!requested) throw new UserFacingError("请选择配合单位", { orgUnitId: ["请选择配合单位"] });
  const unit = await tx.orgUnit.findFirst({ where: { id: requested, tenantId: session.tenant.tenantId }, select: { id: true } });
  if (!unit) throw new NotFoundError("单位不存在或无权访问");
  return unit.id;
}
