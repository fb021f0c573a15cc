import { Card } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { firstParam, listQuerySchema } from "@/lib/pagination";
import { readTaskPage } from "@/lib/tasks/read-task-page";
import { TaskEvidence } from "@/components/reports/task-evidence";
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
import { TaskThreadPanel } from "@/components/thread/task-thread-panel";

export const metadata = { title: "任务详情" };

export default async function TaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const { page } = listQuerySchema.parse({ page: firstParam((await searchParams).page) });
  const { task, light, supervision, slipDraft, slots, groupLines, history, milestones, evidence, thread, slips } = await orNotFound(
    readTaskPage(session, id, { historyPage: page }),
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
          <TaskThreadPanel thread={thread} />
          {evidence && <TaskEvidence taskId={task.id} evidence={evidence} />}
          <Card title="操作记录">
            <TaskHistory history={history} />
          </Card>
          <TaskSource task={task} />
        </div>
        <div className="space-y-4">
          <TaskLightPanel light={light} dueDate={task.dueDate} progress={task.progress} />
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
          <TaskSlipsPanel slips={slips} />
          <Card title={`里程碑${milestones.length ? `（${milestones.filter((m) => m.doneOn).length}/${milestones.length}）` : ""}`}>
            <MilestonesPanel taskId={task.id} milestones={milestones} canEdit={canUpdate} />
          </Card>
          <Card
            title="填报情况"
            actions={
              slots.total > slots.items.length && (
                <Link href={`/tasks/${task.id}/slots`} className="text-sm text-brand-700 hover:underline">
                  查看全部（{slots.total}）
                </Link>
              )
            }
          >
            <GroupLines lines={groupLines} />
            {(slots.total > 0 || groupLines.length === 0) && <TaskSlots slots={slots.items} />}
          </Card>
          {can(session.role, "tasks:urge") && (slots.unsubmitted > 0 || groupLines.some((l) => l.reported < l.total)) && (
            <Card title="催办">
              <UrgeButton taskId={task.id} />
            </Card>
          )}
          <IssueSlipPanel draft={slipDraft} />
          <TaskLeaders leaders={task.leaders} />
          <TaskUnits units={task.units} />
        </div>
      </div>
    </>
  );
}
