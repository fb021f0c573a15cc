// 交办: staff hand a task (or a whole plan's tasks) to the units linked to it.
// An explicit step, not a side effect of import (docs/decisions/0022): each
// newly assigned task+unit gets assigned_at, an `assigned` event and a notice
// to the unit's reporters, all in the caller's transaction. A link already
// assigned is left alone, so pressing 交办 twice changes nothing.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { notifyUnitsReporters } from "@/lib/inbox/notify";
import { loadPlan, loadTask } from "@/lib/plans/editing/load";
import { SUPERVISION_MESSAGES as M } from "./messages";
import { recordSupervisionEvents } from "./record-event";

/** One 全部交办 touches at most this many task+unit pairs: the largest seeded plan has a few hundred. */
export const MAX_ASSIGN_LINKS = 3000;

export interface AssignResult {
  /** Task+unit pairs newly assigned. */
  assigned: number;
  units: number;
}

/** One task, to all its units not yet assigned or to the chosen ones (each must be linked to it). */
export async function assignTask(tx: Tx, session: TenantSession, input: { taskId: string; orgUnitIds?: string[] }) {
  const task = await loadTask(tx, session.tenant.tenantId, input.taskId);
  const chosen = input.orgUnitIds?.length ? [...new Set(input.orgUnitIds)] : undefined;
  if (chosen) {
    const linked = await tx.taskUnit.findMany({ where: { tenantId: task.tenantId, taskId: task.id, orgUnitId: { in: chosen } }, select: { orgUnitId: true } });
    if (new Set(linked.map((l) => l.orgUnitId)).size !== chosen.length) throw new NotFoundError(M.unitNotLinked);
  }
  return { taskId: task.id, ...(await assignLinks(tx, session, { taskId: task.id, ...(chosen ? { orgUnitId: { in: chosen } } : {}) })) };
}

/** 全部交办: every task of the plan to every unit linked to it and not yet assigned, at once. */
export async function assignPlanTasks(tx: Tx, session: TenantSession, input: { planId: string }) {
  const plan = await loadPlan(tx, session.tenant.tenantId, input.planId);
  return { planId: plan.id, ...(await assignLinks(tx, session, { task: { planId: plan.id } })) };
}

async function assignLinks(
  tx: Tx,
  session: TenantSession,
  where: { taskId?: string; orgUnitId?: { in: string[] }; task?: { planId: string } },
): Promise<AssignResult> {
  const tenantId = session.tenant.tenantId;
  const rows = await tx.taskUnit.findMany({
    where: { tenantId, assignedAt: null, ...where },
    select: { taskId: true, orgUnitId: true, task: { select: { number: true, title: true } } },
    orderBy: [{ taskId: "asc" }, { orgUnitId: "asc" }],
    take: MAX_ASSIGN_LINKS * 3 + 1,
  });
  // A unit may hold one task under two roles: one assignment per task+unit.
  const pairs = [...new Map(rows.map((r) => [`${r.taskId}|${r.orgUnitId}`, r])).values()];
  if (pairs.length > MAX_ASSIGN_LINKS || rows.length > MAX_ASSIGN_LINKS * 3) throw new UserFacingError(M.tooManyLinks(MAX_ASSIGN_LINKS));
  if (pairs.length === 0) return { assigned: 0, units: 0 };
  // Claim the links: one UPDATE … WHERE assigned_at IS NULL … RETURNING, so a
  // concurrent 交办 of the same links (which waits on the row locks and then
  // finds them assigned) gets none back; events and notices follow only the
  // links this call actually assigned.
  const info = new Map(rows.map((r) => [r.taskId, r.task]));
  const claimedRows = await tx.taskUnit.updateManyAndReturn({
    where: { tenantId, assignedAt: null, ...where, taskId: { in: [...info.keys()] }, orgUnitId: { in: [...new Set(rows.map((r) => r.orgUnitId))] } },
    data: { assignedAt: new Date() },
    select: { taskId: true, orgUnitId: true },
  });
  const claimed = [...new Map(claimedRows.map((r) => [`${r.taskId}|${r.orgUnitId}`, { ...r, task: info.get(r.taskId)! }])).values()];
  if (claimed.length === 0) return { assigned: 0, units: 0 };
  await recordSupervisionEvents(
    tx,
    tenantId,
    claimed.map((p) => ({ taskId: p.taskId, kind: "assigned" as const, orgUnitId: p.orgUnitId, actorUserId: session.userId })),
  );
  await notifyUnitsReporters(
    tx,
    tenantId,
    claimed.map((p) => ({
      orgUnitId: p.orgUnitId,
      message: {
        kind: "assignment" as const,
        title: M.assignTitle(p.task.number),
        body: `${p.task.title}\n请及时签收。`,
        link: `/tasks/${p.taskId}`,
        key: `assign:${p.taskId}:${p.orgUnitId}`,
      },
    })),
  );
  return { assigned: claimed.length, units: new Set(claimed.map((p) => p.orgUnitId)).size };
}
