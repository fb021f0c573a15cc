// 延期申请: before the task's due date (China's calendar) a unit linked to it
// asks for a later date with a reason. The due date does not move until staff
// approve; the request keeps the date it was asked against (original_due_date).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { loadTask } from "@/lib/plans/editing/load";
import { todayInChina } from "@/lib/reports/periods";
import { actingUnitId, loadTaskLinks } from "./acting-unit";
import { createRequest } from "./create-request";
import { SUPERVISION_MESSAGES as M } from "./messages";

export async function requestExtension(
  tx: Tx,
  session: TenantSession,
  input: { taskId: string; orgUnitId?: string; requestedDueDate: string; reason: string },
  today = todayInChina(),
) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const orgUnitId = actingUnitId(session, input.orgUnitId);
  const { unitName } = await loadTaskLinks(tx, tenantId, task.id, orgUnitId);
  if (task.closedAt || task.status === "completed") throw new UserFacingError(M.taskClosed);
  if (!task.dueDate) throw new UserFacingError(M.noDueDate);
  const due = formatDate(task.dueDate);
  if (today.getTime() >= task.dueDate.getTime()) throw new UserFacingError(M.pastDue(due));
  const requested = new Date(`${input.requestedDueDate}T00:00:00Z`);
  if (requested.getTime() <= task.dueDate.getTime()) {
    throw new UserFacingError(M.laterDateRequired(due), { requestedDueDate: [M.laterDateRequired(due)] });
  }
  return createRequest(tx, session, {
    task,
    orgUnitId,
    kind: "extension",
    reason: input.reason,
    requestedDueDate: requested,
    originalDueDate: task.dueDate,
    notice: { title: M.extensionTitle(task.number, unitName), body: M.extensionBody(task.title, due, input.requestedDueDate, input.reason) },
  });
}
