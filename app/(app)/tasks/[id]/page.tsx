import { isUnsubmittedSlot } from "@/lib/reports/slot-status";
import { Card } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { firstParam, listQuerySchema } from "@/lib/pagination";
import { getTask } from "@/lib/plans/queries/get-task";
import { getTaskHistory } from "@/lib/reports/queries/task-history";
import { listTaskGroupLines } from "@/lib/reports/queries/task-group-slots";
import { listTaskSlots } from "@/lib/reports/queries/task-slots";
import { listTaskEvidence } from "@/lib/reports/queries/task-evidence";
import { TASK_PAGE_EVIDENCE, TaskEvidence } from "@/components/reports/task-evidence";
import { listMilestones } from "@/lib/tasks/list-milestones";
import { MilestonesPanel } from "@/components/tasks/milestones-panel";
import { TaskGoal, TaskIndicators, TaskMeasures, TaskSource } from "@/components/tasks/task-content";
import { TaskHeader } from "@/components/tasks/task-header";
import { TaskHistory } from "@/components/tasks/task-history";
import { TaskLeaders, TaskUnits } from "@/components/tasks/task-people";
import { GroupLines } from "@/components/tasks/group-lines";
import { TaskSlots } from "@/components/tasks/task-slots";
import { TaskStatusPanel } from "@/components/tasks/status-panel";
import { UrgeButton } from "@/components/tasks/urge-button";
import { TaskLightPanel } from "@/components/supervision/task-light-panel";
import { IssueSlipPanel } from "@/components/supervision/issue-slip-panel";
import { SupervisionPanel } from "@/components/supervision/supervision-panel";
import { TaskSlipsPanel } from "@/components/supervision/task-slips-panel";
import { getTaskSupervision } from "@/lib/supervision/queries/task-supervision";
import { TaskThreadPanel } from "@/components/thread/task-thread-panel";

export const metadata = { title: "任务详情" };

export default async function TaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const { page } = listQuerySchema.parse({ page: firstParam((await searchParams).page) });
  const { task, slots, groupLines, history, milestones, supervision, evidence } = await orNotFound(
    readTenant(session, async (tx) => {
      const task = await getTask(tx, session.tenant.tenantId, id);
      return {
        task,
        slots: await listTaskSlots(tx, session, id),
        groupLines: await listTaskGroupLines(tx, session, id),
        history: await getTaskHistory(tx, session, id, page),
        milestones: await listMilestones(tx, session.tenant.tenantId, id),
        supervision: await getTaskSupervision(tx, session, task),
        evidence: can(session.role, "reports:read") ? await listTaskEvidence(tx, session, id, { page: 1, pageSize: TASK_PAGE_EVIDENCE }) : null,
      };
    }),
  );
  const canUpdate = can(session.role, "tasks:update");
  return (
    <>
      <TaskHeader task={task} canEdit={can(session.role, "plans:manage")} />
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-4">
          <TaskGoal goal={task.goal} />
          <TaskMeasures measures={task.measures} />
          <TaskIndicators indicators={task.indicators} />
          <TaskThreadPanel session={session} taskId={task.id} />
          {evidence && <TaskEvidence taskId={task.id} evidence={evidence} />}
          <Card title="操作记录">
            <TaskHistory history={history} />
          </Card>
          <TaskSource task={task} />
        </div>
        <div className="space-y-4">
          <TaskLightPanel session={session} taskId={task.id} />
          {canUpdate && (
            <Card title="状态与进度">
              <TaskStatusPanel
                taskId={task.id}
                status={task.status}
                progress={task.progress}
                dueDate={task.dueDate ? task.dueDate.toISOString().slice(0, 10) : ""}
                version={task.version}
              />
            </Card>
          )}
          <SupervisionPanel taskId={task.id} dueDate={task.dueDate ? task.dueDate.toISOString().slice(0, 10) : null} data={supervision} />
          <TaskSlipsPanel session={session} taskId={task.id} />
          <Card title={`里程碑${milestones.length ? `（${milestones.filter((m) => m.doneOn).length}/${milestones.length}）` : ""}`}>
            <MilestonesPanel taskId={task.id} milestones={milestones} canEdit={canUpdate} />
          </Card>
          <Card title="填报情况">
            <GroupLines lines={groupLines} />
            {(slots.length > 0 || groupLines.length === 0) && <TaskSlots slots={slots} />}
          </Card>
          {can(session.role, "tasks:urge") && (slots.some((s) => isUnsubmittedSlot(s.status)) || groupLines.some((l) => l.reported < l.total)) && (
            <Card title="催办">
              <UrgeButton taskId={task.id} />
            </Card>
          )}
          <IssueSlipPanel session={session} taskId={task.id} />
          <TaskLeaders leaders={task.leaders} />
          <TaskUnits units={task.units} />
        </div>
      </div>
    </>
  );
}
