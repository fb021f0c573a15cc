// 办结销号申请: the lead unit (牵头; the responsible units when a task has no
// lead) reports the task done, with a completion report and evidence files.
// Staff approve (销号) or return it; a returned unit may ask again.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { loadTask } from "@/lib/plans/editing/load";
import { actingUnitId, loadTaskLinks } from "./acting-unit";
import { createRequest } from "./create-request";
import { closingUnitIds } from "./closing-units";
import { SUPERVISION_MESSAGES as M } from "./messages";
import { chosenFiles, storeRequestEvidence } from "./request-evidence";

export async function requestClosing(tx: Tx, session: TenantSession, input: { taskId: string; orgUnitId?: string; reason: string; files?: File[] }) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const orgUnitId = actingUnitId(session, input.orgUnitId);
  const { unitName } = await loadTaskLinks(tx, tenantId, task.id, orgUnitId);
  if (task.closedAt) throw new UserFacingError(M.taskClosed);
  if (!(await closingUnitIds(tx, tenantId, task.id)).includes(orgUnitId)) throw new UserFacingError(M.notLeadUnit);
  const created = await createRequest(tx, session, {
    task,
    orgUnitId,
    kind: "closing",
    reason: input.reason,
    notice: { title: M.closingTitle(task.number, unitName), body: `${task.title}\n${input.reason}` },
  });
  // Stored last and in this transaction (files in PostgreSQL, decision 0042): a refused or failed request stores nothing.
  await storeRequestEvidence(tx, tenantId, created.requestId, session.userId, chosenFiles(input.files));
  return created;
}
