// Every read of a task's page, started together in three READ ONLY
// transactions (decision 0051). The page used to read in one transaction and
// then four panels in one each, which began only once the page's had ended.
//   1. the task, the bureau's 亮灯 settings and its 督办: the light and the 督办单
//      draft are judged from them, so neither reads the task again;
//   2. the reporting: the newest slots, group lines, the history page;
//   3. the rest: milestones, evidence, 五年规划衔接, the task's 督办单.
// A task of another bureau, or none, fails the first with NotFoundError; the
// other two then find nothing, since every read is by task id and tenant.
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { getTask } from "@/lib/plans/queries/get-task";
import { todayInChina } from "@/lib/reports/periods";
import { listTaskGroupLines } from "@/lib/reports/queries/task-group-slots";
import { getTaskHistory } from "@/lib/reports/queries/task-history";
import { listTaskEvidence, TASK_PAGE_EVIDENCE } from "@/lib/reports/queries/task-evidence";
import { listTaskSlots, TASK_PAGE_SLOTS } from "@/lib/reports/queries/task-slots";
import { getTaskSupervision } from "@/lib/supervision/queries/task-supervision";
import { withLights } from "@/lib/supervision/with-lights";
import { listSlips } from "@/lib/supervision/slips/list-slips";
import { slipDraftFor } from "@/lib/supervision/slips/slip-draft";
import { getTaskThread } from "@/lib/thread/get-task-thread";
import { listMilestones } from "./list-milestones";

export interface TaskPageOptions {
  /** The page of the 操作记录 shown. */
  historyPage: number;
  /** Today in China, unless a test fixes it: the light, the draft's dates, what is overdue. */
  today?: Date;
}

export async function readTaskPage(session: TenantSession, taskId: string, { historyPage, today = todayInChina() }: TaskPageOptions) {
  const tenantId = session.tenant.tenantId;
  const supervised = readTenant(session, async (tx) => {
    const task = await getTask(tx, tenantId, taskId);
    const [lit] = await withLights(tx, tenantId, [task], today);
    const light = lit!.light;
    const supervision = await getTaskSupervision(tx, session, task, today);
    const slipDraft = can(session.role, "supervision:manage") ? slipDraftFor(task, light, today) : null;
    return { task, light, supervision, slipDraft };
  });
  const reporting = readTenant(session, async (tx) => {
    const slots = await listTaskSlots(tx, session, taskId, { page: 1, pageSize: TASK_PAGE_SLOTS }, today);
    const groupLines = await listTaskGroupLines(tx, session, taskId, today);
    return { slots, groupLines, history: await getTaskHistory(tx, session, taskId, historyPage) };
  });
  const rest = readTenant(session, async (tx) => {
    const milestones = await listMilestones(tx, tenantId, taskId, today);
    const evidence = can(session.role, "reports:read") ? await listTaskEvidence(tx, session, taskId, { page: 1, pageSize: TASK_PAGE_EVIDENCE }) : null;
    const thread = await getTaskThread(tx, tenantId, taskId);
    const slips = can(session.role, "slips:read") ? await listSlips(tx, session, { state: "all", taskId, page: 1 }, today) : null;
    return { milestones, evidence, thread, slips };
  });
  // all() rejects with the first failure and handles the others. For a missing task only the
  // first transaction fails (NotFoundError, the page's 404).
  const [first, second, third] = await Promise.all([supervised, reporting, rest]);
  return { ...first, ...second, ...third };
}
