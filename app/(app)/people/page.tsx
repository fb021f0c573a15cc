import { PageHeader } from "@/components/ui/card";
import { Pager, RowList, SearchForm } from "@/components/ui/list-controls";
import { PersonLeaderLink } from "@/components/members/leader-links";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { listPeople } from "@/lib/org/list-people";
import { listLeaderAccounts } from "@/lib/org/list-person-options";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "责任领导" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("people:read");
  const query = listQuerySchema.parse(await searchParams);
  const manage = can(session.role, "members:manage");
  const { page, leaders } = await readTenant(session, async (tx) => ({
    page: await listPeople(tx, session.tenant.tenantId, query),
    leaders: manage ? await listLeaderAccounts(tx, session.tenant.tenantId) : [],
  }));
  return (
    <>
      <PageHeader
        title="责任领导"
        description={manage ? "规划文件中点名的责任领导；关联分管领导账号后，该账号首页显示“我负责的”。" : "规划文件中点名的责任领导"}
      />
      <SearchForm q={query.q} placeholder="按姓名搜索" />
      <RowList isEmpty={page.items.length === 0} empty="没有符合条件的领导" testId="people-list">
        {page.items.map((p) => (
          <li key={p.id} className="px-4 py-3" data-person={p.name}>
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">{p.name}</span>
              <span className="text-xs text-slate-500">
                任务 {p.taskCount}
                {p.hasAccount ? " · 已关联账号" : ""}
              </span>
            </div>
            {manage && <PersonLeaderLink personId={p.id} personName={p.name} account={p.account} leaders={leaders} />}
          </li>
        ))}
      </RowList>
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q }} />
    </>
  );
}
