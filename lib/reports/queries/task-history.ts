import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { PAGE_SIZE, toPage } from "@/lib/pagination";
import { readableReportEventWhere, redactEvent, seesUnitInFull } from "@/lib/reports/reporter-scope";
import { actorNames } from "./actor-names";

const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/**
 * The task's trail, one page of PAGE_SIZE, newest first: status changes,
 * report events and 督办 steps (交办, 签收, 延期, 销号…), with who did them.
 * A reporter sees another unit's 督办 steps without their notes (reasons and
 * comments stay between that unit and the bureau). Report events as the caller
 * may see them (reporter-scope.ts): a reporter sees their own unit's in full
 * and only the approvals of others.
 *
 * The three trails are merged here, not in one SQL UNION: page n lies within
 * the first n × PAGE_SIZE rows of each trail, so each is read that far, in the
 * same order, and the reporter's read rule stays the one Prisma filter.
 */
export async function getTaskHistory(tx: Tx, session: TenantSession, taskId: string, page = 1) {
  const tenantId = session.tenant.tenantId;
  const take = page * PAGE_SIZE;
  const reportWhere = { tenantId, report: { slot: { taskId } }, ...readableReportEventWhere(session) };
  const statusEvents = await tx.taskStatusEvent.findMany({ where: { tenantId, taskId }, orderBy: NEWEST_FIRST, take });
  const reportEvents = await tx.reportEvent.findMany({
    where: reportWhere,
    orderBy: NEWEST_FIRST,
    take,
    include: {
      report: { select: { slot: { select: { id: true, orgUnitId: true, orgUnit: { select: { name: true } }, period: { select: { label: true } } } } } },
    },
  });
  const supervisionEvents = await tx.supervisionEvent.findMany({ where: { tenantId, taskId }, orderBy: NEWEST_FIRST, take });
  const total =
    (await tx.taskStatusEvent.count({ where: { tenantId, taskId } })) +
    (await tx.reportEvent.count({ where: reportWhere })) +
    (await tx.supervisionEvent.count({ where: { tenantId, taskId } }));

  const merged = [
    ...statusEvents.map((e) => ({ kind: "status" as const, event: e })),
    ...reportEvents.map((e) => ({ kind: "report" as const, event: e })),
    ...supervisionEvents.map((e) => ({ kind: "supervision" as const, event: e })),
  ]
    .sort((a, b) => b.event.createdAt.getTime() - a.event.createdAt.getTime() || (a.event.id < b.event.id ? 1 : -1))
    .slice(take - PAGE_SIZE, take);

  const unitIds = [...new Set(merged.flatMap((m) => (m.kind === "supervision" && m.event.orgUnitId ? [m.event.orgUnitId] : [])))];
  const units = new Map((await tx.orgUnit.findMany({ where: { tenantId, id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const names = await actorNames(
    tx,
    merged.map((m) => m.event),
  );
  const actor = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const items = merged.map((m) => {
    const at = m.event.createdAt;
    if (m.kind === "status") return { kind: m.kind, at, actor: actor(m.event.actorUserId), event: m.event };
    if (m.kind === "report")
      return { kind: m.kind, at, actor: actor(m.event.actorUserId), event: redactEvent(session, m.event.report.slot.orgUnitId, m.event) };
    const e = m.event;
    const note = !e.orgUnitId || seesUnitInFull(session, e.orgUnitId) ? e.note : null;
    return { kind: m.kind, at, actor: actor(e.actorUserId), event: { ...e, note, unitName: e.orgUnitId ? (units.get(e.orgUnitId) ?? null) : null } };
  });
  return toPage(items, total, page);
}

export type TaskHistoryEntry = Awaited<ReturnType<typeof getTaskHistory>>["items"][number];
