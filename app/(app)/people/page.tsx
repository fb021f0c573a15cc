import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { listPeople } from "@/lib/org/list-people";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "责任领导" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("people:read");
  const query = listQuerySchema.parse(await searchParams);
  const page = await readTenant(session, (tx) => listPeople(tx, session.tenant.tenantId, query));
  return (
    <>
      <PageHeader title="责任领导" description="规划文件中点名的责任领导" />
      <SearchForm q={query.q} placeholder="按姓名搜索" />
      {page.items.length === 0 ? (
        <EmptyState>没有符合条件的领导</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="people-list">
          {page.items.map((p) => (
            <li key={p.id} className="flex items-center justify-between px-4 py-3">
              <span className="font-medium">{p.name}</span>
              <span className="text-xs text-slate-500">
                任务 {p.taskCount}
                {p.hasAccount ? " · 已关联账号" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q }} />
    </>
  );
}
