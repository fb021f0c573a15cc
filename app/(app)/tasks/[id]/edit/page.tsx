import Link from "@/components/ui/link";
import { DeleteTaskForm } from "@/components/plans/editing/delete-task-form";
import { IndicatorEditor } from "@/components/plans/editing/indicator-editor";
import { TaskForm } from "@/components/plans/editing/task-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { toIndicatorValues } from "@/lib/plans/editing/indicator-values";
import { nestSections, sectionOptions } from "@/lib/plans/display/section-helpers";
import { getTask } from "@/lib/plans/queries/get-task";
import { listPlanSections } from "@/lib/plans/queries/list-plan-sections";
import { sortUnits } from "@/lib/plans/queries/task-select";
import { idOr404, orNotFound } from "@/lib/http/not-found";

export const metadata = { title: "编辑任务" };

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("plans:manage");
  const id = idOr404((await params).id);
  const tenantId = session.tenant.tenantId;
  const { task, sections } = await orNotFound(
    readTenant(session, async (tx) => {
      const task = await getTask(tx, tenantId, id);
      return { task, sections: await listPlanSections(tx, tenantId, task.plan.id) };
    }),
  );
  return (
    <>
      <PageHeader
        title={`编辑任务 ${task.number}`}
        description={task.plan.title}
        actions={
          <span className="flex gap-4 text-sm">
            <Link href={`/tasks/${task.id}`} className="text-brand-700">
              ← 返回任务
            </Link>
            <Link href={`/plans/${task.plan.id}/edit`} className="text-brand-700">
              编辑规划
            </Link>
          </span>
        }
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="任务内容">
          <TaskForm
            key={task.id}
            sections={sectionOptions(nestSections(sections))}
            task={{
              id: task.id,
              version: task.version,
              title: task.title,
              number: task.number,
              sectionId: task.sectionId,
              goal: task.goal,
              measures: task.measures.map((m) => m.text),
              leaders: task.leaders.map((l) => l.person.name),
              units: sortUnits(task.units).map((u) => ({ name: u.orgUnit.name, role: u.role })),
            }}
          />
        </Card>
        <div className="space-y-6">
          <Card title="任务目标">
            <IndicatorEditor planId={task.plan.id} taskId={task.id} indicators={task.indicators.map(toIndicatorValues)} />
          </Card>
          <Card title="删除任务">
            <DeleteTaskForm taskId={task.id} planId={task.plan.id} />
          </Card>
        </div>
      </div>
    </>
  );
}
