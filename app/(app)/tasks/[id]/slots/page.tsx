// All of a task's report slots, a page at a time, newest period first (the task
// page shows the newest ten): each unit's report per period, its state and date.
// For the bureau, the slots that reached schools through a group unit are rolled
// up per group above the list on its first page, as on the task page (listTaskGroupLines).
import { Card, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { GroupLines } from "@/components/tasks/group-lines";
import { TaskSlots } from "@/components/tasks/task-slots";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { listQuerySchema, PAGE_SIZE } from "@/lib/pagination";
import { getTaskHeading } from "@/lib/plans/queries/get-task-heading";
import { listTaskGroupLines } from "@/lib/reports/queries/task-group-slots";
import { listTaskSlots } from "@/lib/reports/queries/task-slots";

export const metadata = { title: "任务填报情况" };

export default async function TaskSlotsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const { page } = listQuerySchema.parse(await searchParams);
  const { task, groupLines, slots } = await orNotFound(
    readTenant(session, async (tx) => ({
      task: await getTaskHeading(tx, session.tenant.tenantId, id),
      groupLines: page === 1 ? await listTaskGroupLines(tx, session, id) : [],
      slots: await listTaskSlots(tx, session, id, { page, pageSize: PAGE_SIZE }),
    })),
  );
  return (
    <>
      <PageHeader title="填报情况" description={`${task.number}. ${task.title}`} back={{ href: `/tasks/${task.id}`, label: "返回任务" }} />
      <Card>
        <GroupLines lines={groupLines} />
        {(slots.total > 0 || groupLines.length === 0) && (
          <>
            <p className="my-2 text-sm text-slate-600" data-testid="task-slot-count">
              共 {slots.total} 份，未报 {slots.unsubmitted} 份
            </p>
            <TaskSlots slots={slots.items} />
          </>
        )}
      </Card>
      <Pager page={slots.page} pageCount={slots.pageCount} total={slots.total} params={{}} />
    </>
  );
}
