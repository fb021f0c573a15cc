import Link from "next/link";
import { isUnsubmittedSlot } from "@/lib/reports/slot-status";
import { StatusBadge } from "@/components/plans/status-badge";
import { UnitRoleBadge } from "@/components/plans/unit-badges";
import { Card } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { formatBaseline, formatPeriod, formatTarget } from "@/lib/format";
import { getTask } from "@/lib/plans/queries/get-task";
import { sortUnits } from "@/lib/plans/queries/task-select";
import { getTaskHistory } from "@/lib/reports/queries/task-history";
import { listTaskSlots } from "@/lib/reports/queries/task-slots";
import { listMilestones } from "@/lib/tasks/list-milestones";
import { MilestonesPanel } from "@/components/tasks/milestones-panel";
import { TaskHistory } from "@/components/tasks/task-history";
import { TaskSlots } from "@/components/tasks/task-slots";
import { TaskStatusPanel } from "@/components/tasks/status-panel";
import { UrgeButton } from "@/components/tasks/urge-button";
import { UNIT_ROLE_LABELS, UNIT_ROLES } from "@/lib/vocabulary";

export const metadata = { title: "任务详情" };

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const { task, slots, history, milestones } = await orNotFound(
    readTenant(session, async (tx) => {
      const task = await getTask(tx, session.tenant.tenantId, id);
      return {
        task,
        slots: await listTaskSlots(tx, session, id),
        history: await getTaskHistory(tx, session, id),
        milestones: await listMilestones(tx, session.tenant.tenantId, id),
      };
    }),
  );
  const units = sortUnits(task.units);
  return (
    <>
      <nav className="mb-2 flex flex-wrap items-center gap-1 text-sm text-slate-500" aria-label="面包屑">
        <Link href="/plans" className="hover:underline">
          规划
        </Link>
        <span aria-hidden>›</span>
        <Link href={`/plans/${task.plan.id}`} className="break-all hover:underline">
          {task.plan.title}
        </Link>
        <span aria-hidden>›</span>
        <Link href={`/plans/${task.plan.id}?section=${task.section.id}`} className="break-all hover:underline">
          {task.section.title}
        </Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold break-words sm:text-2xl">
            <span className="mr-2 text-slate-400 tabular-nums">{task.number}.</span>
            {task.title}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-500">
            <StatusBadge status={task.status} progress={task.progress} />
            <span>{formatPeriod(task.plan.startYear, task.plan.endYear)}</span>
            {task.dueDate && <span>完成时限 {task.dueDate.toISOString().slice(0, 10)}</span>}
          </p>
        </div>
        {can(session.role, "plans:manage") && (
          <Link
            href={`/tasks/${task.id}/edit`}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            编辑任务
          </Link>
        )}
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-4">
          <Card title="目标任务">
            {task.goal ? (
              <p className="text-sm leading-relaxed whitespace-pre-wrap break-words">{task.goal}</p>
            ) : (
              <p className="text-sm text-slate-500">文件未单列目标任务</p>
            )}
          </Card>
          <Card title="工作举措">
            {task.measures.length === 0 ? (
              <p className="text-sm text-slate-500">暂无</p>
            ) : (
              <ol className="list-decimal space-y-2 pl-5 text-sm leading-relaxed" data-testid="task-measures">
                {task.measures.map((m) => (
                  <li key={m.id} className="break-words">
                    {m.text}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          {task.indicators.length > 0 && (
            <Card title={`目标与指标（${task.indicators.length}）`}>
              <ul className="divide-y divide-slate-100 text-sm">
                {task.indicators.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                    <span className="min-w-0 break-words">{i.name}</span>
                    <span className="shrink-0 text-slate-600 tabular-nums">
                      <span className="font-medium text-slate-900">{formatTarget(i)}</span>
                      {i.targetYear ? `（${i.targetYear}年）` : ""}
                      {i.baselineValue !== null && <span className="ml-2 text-xs">基期 {formatBaseline(i.baselineValue, i.baselineYear, i.unit)}</span>}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card title="操作记录">
            <TaskHistory entries={history} />
          </Card>
          {task.sourceText && (
            <Card title={task.sourceLine ? `文件原文（第 ${task.sourceLine} 行起）` : "文件原文"}>
              <pre
                className="max-h-96 overflow-auto font-mono text-xs leading-relaxed whitespace-pre-wrap break-words text-slate-700"
                data-testid="task-source"
              >
                {task.sourceText}
              </pre>
            </Card>
          )}
        </div>
        <div className="space-y-4">
          {can(session.role, "tasks:update") && (
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
          <Card title={`里程碑${milestones.length ? `（${milestones.filter((m) => m.doneOn).length}/${milestones.length}）` : ""}`}>
            <MilestonesPanel taskId={task.id} milestones={milestones} canEdit={can(session.role, "tasks:update")} />
          </Card>
          <Card title="填报情况">
            <TaskSlots slots={slots} />
          </Card>
          {can(session.role, "tasks:urge") && slots.some((s) => isUnsubmittedSlot(s.status)) && (
            <Card title="催办">
              <UrgeButton taskId={task.id} />
            </Card>
          )}
          <Card title="责任领导">
            {task.leaders.length === 0 ? (
              <p className="text-sm text-slate-500">未指定</p>
            ) : (
              <p className="text-sm" data-testid="task-leaders">
                {task.leaders.map((l) => l.person.name).join("、")}
              </p>
            )}
          </Card>
          <Card title="责任单位">
            {units.length === 0 ? (
              <p className="text-sm text-slate-500">未指定</p>
            ) : (
              <dl className="space-y-3 text-sm" data-testid="task-units">
                {UNIT_ROLES.filter((r) => units.some((u) => u.role === r)).map((role) => (
                  <div key={role}>
                    <dt className="mb-1 flex items-center gap-1 text-xs text-slate-500">
                      <UnitRoleBadge role={role} />
                      {UNIT_ROLE_LABELS[role]}单位
                    </dt>
                    <dd>
                      <ul className="space-y-0.5">
                        {units
                          .filter((u) => u.role === role)
                          .map((u) => (
                            <li key={u.orgUnit.id}>
                              <Link href={`/units/${u.orgUnit.id}`} className="break-all text-brand-700 hover:underline">
                                {u.orgUnit.name}
                              </Link>
                            </li>
                          ))}
                      </ul>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
