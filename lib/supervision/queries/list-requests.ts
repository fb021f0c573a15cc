// /supervision/requests: the staff's list of 延期 and 销号 requests by kind and
// state (pending first by default), filterable by plan and unit, paginated.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SupervisionRequestKind, SupervisionRequestState } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { pageArgs, toPage } from "@/lib/pagination";
import { todayInChina } from "@/lib/reports/periods";

export async function listSupervisionRequests(
  tx: Tx,
  tenantId: string,
  filter: { kind: SupervisionRequestKind; state?: SupervisionRequestState; planId?: string; orgUnitId?: string; page: number },
) {
  const where = {
    tenantId,
    kind: filter.kind,
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.orgUnitId ? { orgUnitId: filter.orgUnitId } : {}),
    ...(filter.planId ? { task: { planId: filter.planId } } : {}),
  };
  // One after the other: a transaction is one connection (tenant-scope.ts).
  const total = await tx.supervisionRequest.count({ where });
  const rows = await tx.supervisionRequest.findMany({
    where,
    orderBy: [{ createdAt: filter.state === "pending" ? "asc" : "desc" }, { id: "asc" }],
    ...pageArgs(filter.page),
    include: {
      orgUnit: { select: { name: true } },
      task: { select: { id: true, number: true, title: true, dueDate: true, plan: { select: { title: true } } } },
      attachments: { select: { id: true, fileName: true, sizeBytes: true, contentType: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    state: r.state,
    taskId: r.task.id,
    taskNumber: r.task.number,
    taskTitle: r.task.title,
    planTitle: r.task.plan.title,
    unitName: r.orgUnit.name,
    reason: r.reason,
    dueDate: r.task.dueDate ? formatDate(r.task.dueDate) : null,
    requestedDueDate: r.requestedDueDate ? formatDate(r.requestedDueDate) : null,
    originalDueDate: r.originalDueDate ? formatDate(r.originalDueDate) : null,
    createdOn: formatDate(todayInChina(r.createdAt)),
    decidedOn: r.decidedAt ? formatDate(todayInChina(r.decidedAt)) : null,
    decisionComment: r.decisionComment,
    attachments: r.attachments,
  }));
  return toPage(items, total, filter.page);
}
