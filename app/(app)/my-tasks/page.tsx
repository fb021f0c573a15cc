import { TaskRow } from "@/components/plans/task-row";
import { AwaitingAcknowledgement } from "@/components/supervision/awaiting-acknowledgement";
import { listOwnAwaiting } from "@/lib/supervision/queries/list-own-awaiting";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { z } from "zod";
import { LightFilterLinks } from "@/components/supervision/light-filter-links";
import { listQuerySchema } from "@/lib/pagination";
import { TASK_LIGHTS } from "@/lib/vocabulary";
import { listMyTasks } from "@/lib/plans/queries/list-my-tasks";
import { myTasksBasis } from "@/lib/plans/queries/my-tasks-basis";
import { listTaskGroupRollups } from "@/lib/reports/queries/task-group-rollups";

export const metadata = { title: "我负责的任务" };

const querySchema = listQuerySchema.extend({ light: z.enum(TASK_LIGHTS).optional().catch(undefined) });

export default async function MyTasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("plans:read");
  const raw = await searchParams;
  const query = querySchema.parse({ q: raw.q, page: raw.page, light: raw.light });
  const basis = myTasksBasis(session);
  const isLeader = basis === "person";
  const isReporter = basis === "unit";
  const description = isLeader ? "规划中把您列为责任领导的任务" : isReporter ? "规划中由您所在单位承担的任务" : undefined;
  if (!isLeader && !isReporter) {
    return (
      <>
        <PageHeader title="我负责的任务" />
        <EmptyState>“我负责的任务”按分管领导或单位填报员的账号列出任务。您的角色不直接承担任务，请在“规划”中查看全部任务。</EmptyState>
      </>
    );
  }
  if (isReporter && !session.tenant.orgUnitId) {
    return (
      <>
        <PageHeader title="我负责的任务" description={description} />
        <EmptyState>您的账号尚未绑定单位，请联系本局管理员。</EmptyState>
      </>
    );
  }
  const { page, rollups, awaiting } = await readTenant(session, async (tx) => {
    const page = await listMyTasks(tx, session, query);
    const rollups = await listTaskGroupRollups(
      tx,
      session,
      page.items.map((t) => t.id),
    );
    const awaiting = isReporter && session.tenant.orgUnitId ? await listOwnAwaiting(tx, session.tenant.tenantId, session.tenant.orgUnitId) : [];
    return { page, rollups, awaiting };
  });
  return (
    <>
      <PageHeader title="我负责的任务" description={description} />
      <AwaitingAcknowledgement tasks={awaiting} />
      <SearchForm q={query.q} placeholder="按任务标题搜索">
        {query.light && <input type="hidden" name="light" value={query.light} />}
      </SearchForm>
      <LightFilterLinks path="/my-tasks" current={query.light} params={{ q: query.q }} />
      {page.items.length === 0 ? (
        <EmptyState>
          {query.q || query.light
            ? "没有符合条件的任务"
            : isLeader
              ? "暂无列您为责任领导的任务；如有疑问，请联系本局管理员核对账号与领导姓名的关联"
              : "暂无本单位承担的任务"}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="my-task-list">
          {page.items.map((t) => (
            <TaskRow key={t.id} task={t} planTitle={t.plan} groupRollups={rollups.get(t.id)} />
          ))}
        </ul>
      )}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q, light: query.light }} />
    </>
  );
}
