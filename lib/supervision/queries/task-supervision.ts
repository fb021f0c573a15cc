// What the task page's 督办 panel shows: each unit's 交办/签收 state, the
// requests (extensions with their original dates, closing requests with
// evidence) and what the caller may do. A reporter sees their own unit's
// requests in full, and of other units only the approved ones, without evidence.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/tenant-scope";
import { formatDate } from "@/lib/format";
import { isUnitBound, seesUnitInFull } from "@/lib/reports/reporter-scope";
import { todayInChina } from "@/lib/reports/periods";
import { closingUnitIds } from "../closing-units";

/** Enough for any real task's story; older ones stay in the history. */
const MAX_REQUESTS = 50;

export async function getTaskSupervision(
  tx: Tx,
  session: TenantSession,
  task: { id: string; dueDate: Date | null; closedAt: Date | null; status: string },
  today: Date = todayInChina(),
) {
  const tenantId = session.tenant.tenantId;
  const ownUnit = isUnitBound(session) ? (session.tenant.orgUnitId ?? null) : null;
  const links = await tx.taskUnit.findMany({
    where: { tenantId, taskId: task.id },
    select: { orgUnitId: true, role: true, assignedAt: true, acknowledgedAt: true, orgUnit: { select: { name: true } } },
    orderBy: [{ role: "asc" }, { orgUnitId: "asc" }],
  });
  const units = [
    ...new Map(
      links.map((l) => [l.orgUnitId, { orgUnitId: l.orgUnitId, name: l.orgUnit.name, assignedAt: l.assignedAt, acknowledgedAt: l.acknowledgedAt }]),
    ).values(),
  ];
  const requests = await tx.supervisionRequest.findMany({
    where: { tenantId, taskId: task.id, ...(ownUnit ? { OR: [{ orgUnitId: ownUnit }, { state: "approved" }] } : {}) },
    orderBy: { createdAt: "desc" },
    take: MAX_REQUESTS,
    include: {
      orgUnit: { select: { name: true } },
      attachments: { select: { id: true, fileName: true, sizeBytes: true, contentType: true }, orderBy: { createdAt: "asc" } },
    },
  });
  // The date the task had before its first approved extension: what it was given originally.
  const firstApproved = requests.filter((r) => r.kind === "extension" && r.state === "approved").at(-1);
  const closers = await closingUnitIds(tx, tenantId, task.id);
  const respond = can(session.role, "supervision:respond");
  const open = !task.closedAt && task.status !== "completed";
  const beforeDue = task.dueDate !== null && today.getTime() < task.dueDate.getTime();
  // Units the caller may act for: a reporter their own (if linked); staff every linked unit.
  const actable = respond ? units.filter((u) => !ownUnit || u.orgUnitId === ownUnit) : [];
  return {
    canManage: can(session.role, "supervision:manage"),
    originalDueDate: firstApproved?.originalDueDate ? formatDate(firstApproved.originalDueDate) : null,
    units: units.map((u) => ({
      ...u,
      assignedOn: u.assignedAt ? formatDate(u.assignedAt) : null,
      acknowledgedOn: u.acknowledgedAt ? formatDate(u.acknowledgedAt) : null,
    })),
    requests: requests.map((r) => ({
      id: r.id,
      kind: r.kind,
      state: r.state,
      unitName: r.orgUnit.name,
      orgUnitId: r.orgUnitId,
      reason: r.reason,
      requestedDueDate: r.requestedDueDate ? formatDate(r.requestedDueDate) : null,
      originalDueDate: r.originalDueDate ? formatDate(r.originalDueDate) : null,
      createdOn: formatDate(todayInChina(r.createdAt)),
      decidedOn: r.decidedAt ? formatDate(todayInChina(r.decidedAt)) : null,
      decisionComment: seesUnitInFull(session, r.orgUnitId) ? r.decisionComment : null,
      attachments: seesUnitInFull(session, r.orgUnitId) ? r.attachments : [],
    })),
    actions: {
      acknowledge: actable.filter((u) => u.assignedAt && !u.acknowledgedAt).map((u) => ({ orgUnitId: u.orgUnitId, name: u.name })),
      extension: open && beforeDue ? actable.map((u) => ({ orgUnitId: u.orgUnitId, name: u.name })) : [],
      closing: open ? actable.filter((u) => closers.includes(u.orgUnitId)).map((u) => ({ orgUnitId: u.orgUnitId, name: u.name })) : [],
      assignable: units.filter((u) => !u.assignedAt).length,
    },
  };
}

export type TaskSupervision = Awaited<ReturnType<typeof getTaskSupervision>>;
