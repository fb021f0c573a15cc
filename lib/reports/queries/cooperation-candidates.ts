import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { isUnitBound } from "@/lib/reports/reporter-scope";

/** Enough for one screen; a unit cooperating on more tasks finds them through the plan. */
const LIMIT = 50;

/**
 * Tasks the reporter's unit cooperates on whose plan's newest period has no
 * slot of theirs yet. Only the newest period: older ones are history, and
 * listing every missing period would nag the unit about each quarter forever.
 */
export async function listCooperationCandidates(tx: Tx, session: TenantSession) {
  const tenantId = session.tenant.tenantId;
  const orgUnitId = isUnitBound(session) ? session.tenant.orgUnitId : null;
  if (!orgUnitId) return [];
  const links = await tx.taskUnit.findMany({
    where: { tenantId, orgUnitId, role: "cooperate" },
    select: { task: { select: { id: true, number: true, title: true, position: true, plan: { select: { id: true, title: true } } } } },
  });
  if (links.length === 0) return [];
  const planIds = [...new Set(links.map((l) => l.task.plan.id))];
  const periods = await tx.reportingPeriod.findMany({
    where: { tenantId, planId: { in: planIds } },
    orderBy: [{ planId: "asc" }, { startsOn: "desc" }],
    distinct: ["planId"],
    select: { id: true, planId: true, label: true, dueOn: true },
  });
  const newest = new Map(periods.map((p) => [p.planId, p]));
  const slots = await tx.reportSlot.findMany({
    where: { tenantId, orgUnitId, periodId: { in: periods.map((p) => p.id) }, taskId: { in: links.map((l) => l.task.id) } },
    select: { periodId: true, taskId: true },
  });
  const taken = new Set(slots.map((s) => `${s.periodId}:${s.taskId}`));
  return links
    .flatMap(({ task }) => {
      const period = newest.get(task.plan.id);
      if (!period || taken.has(`${period.id}:${task.id}`)) return [];
      return [{ taskId: task.id, number: task.number, title: task.title, position: task.position, plan: task.plan, period }];
    })
    .sort((a, b) => a.plan.title.localeCompare(b.plan.title, "zh") || a.position - b.position)
    .slice(0, LIMIT);
}

export type CooperationCandidate = Awaited<ReturnType<typeof listCooperationCandidates>>[number];
