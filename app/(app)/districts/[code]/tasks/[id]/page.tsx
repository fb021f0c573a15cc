// One district task as its city reads it (read-only): light, status and
// progress, deadline, measures, leaders, units with their role and kind, and
// targets. Loaded by id AND the district's tenant inside withChildTenant, so
// another district's (or city's) task id is a 404 like a missing one.
import { DistrictNav } from "@/components/city/district-nav";
import { TaskLightBadge } from "@/components/supervision/task-light-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { withChildTenant } from "@/lib/db/tenant-scope";
import { formatDate, formatTarget } from "@/lib/format";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { getTask } from "@/lib/plans/queries/get-task";
import { sortUnits } from "@/lib/plans/queries/task-select";
import { todayInChina } from "@/lib/reports/periods";
import { withLights } from "@/lib/supervision/with-lights";
import { DEADLINE_LABELS, ORG_UNIT_KIND_LABELS, TASK_STATUS_LABELS, UNIT_ROLE_LABELS } from "@/lib/vocabulary";

export default async function DistrictTaskPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const session = await requireTenantSession("children:read");
  const { code, id: rawId } = await params;
  const id = idOr404(rawId);
  const { district, task } = await orNotFound(
    withChildTenant(session, code, async (tx, district) => {
      const [task] = await withLights(tx, district.id, [await getTask(tx, district.id, id)], todayInChina());
      return { district, task: task! };
    }),
  );
  const back = `/districts/${encodeURIComponent(code)}/tasks`;
  return (
    <>
      <PageHeader
        title={`${task.number}. ${task.title}`}
        description={`${district.name} · ${task.plan.title} · 只读查看`}
        back={{ href: back, label: "区县任务" }}
      />
      <DistrictNav code={code} current="tasks" />
      <div className="space-y-4">
        <Card title="进展">
          <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2" data-testid="district-task-facts">
            <Fact label="亮灯">
              <TaskLightBadge light={task.light} />
              {task.light.light === "done" && TASK_STATUS_LABELS.completed}
            </Fact>
            <Fact label="状态">
              {TASK_STATUS_LABELS[task.status]} · 进度 {task.progress}%
            </Fact>
            <Fact label={DEADLINE_LABELS.written}>
              {task.dueDate ? formatDate(task.dueDate) : (task.deadlineText ?? (task.ongoing ? DEADLINE_LABELS.ongoing : DEADLINE_LABELS.none))}
            </Fact>
            <Fact label="责任领导">{task.leaders.map((l) => l.person.name).join("、") || "—"}</Fact>
          </dl>
        </Card>
        {task.measures.length > 0 && (
          <Card title="工作措施">
            <ol className="list-decimal space-y-1 pl-5 text-sm break-words">
              {task.measures.map((m) => (
                <li key={m.id}>{m.text}</li>
              ))}
            </ol>
          </Card>
        )}
        <Card title="责任单位">
          {task.units.length === 0 ? (
            <p className="text-sm text-slate-500">未指定</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {sortUnits(task.units).map((u) => (
                <li key={u.orgUnit.id} className="break-words">
                  {u.orgUnit.name}
                  <span className="ml-2 text-xs text-slate-500">
                    {UNIT_ROLE_LABELS[u.role]} · {ORG_UNIT_KIND_LABELS[u.orgUnit.kind]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {task.indicators.length > 0 && (
          <Card title="目标">
            <ul className="space-y-1 text-sm">
              {task.indicators.map((i) => (
                <li key={i.id} className="break-words">
                  {i.name} {formatTarget({ ...i, unit: i.unit }, { withYear: true })}
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="flex flex-wrap items-center gap-1">{children}</dd>
    </div>
  );
}
