import { AccountName } from "@/components/ui/account-name";
import { BureauExportCard } from "@/components/export/bureau-export-card";
import { CreateMemberForm } from "@/components/members/create-member-form";
import { ImportMembersCard } from "@/components/members/import-members-card";
import { MemberLeaderLinks } from "@/components/members/leader-links";
import { MemberRowActions } from "@/components/members/member-row-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { Pager, RowList, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/vocabulary";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { listMembers } from "@/lib/members/list-members";
import { listPersonOptions } from "@/lib/org/list-person-options";
import { listUnitOptions } from "@/lib/org/list-unit-options";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "成员管理" };

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("members:manage");
  const query = listQuerySchema.parse(await searchParams);
  const { page, units, people } = await readTenant(session, async (tx) => ({
    page: await listMembers(tx, session.tenant.tenantId, query),
    units: await listUnitOptions(tx, session.tenant.tenantId),
    people: await listPersonOptions(tx, session.tenant.tenantId),
  }));
  return (
    <>
      <PageHeader title="成员管理" description="本局账号、角色与单位绑定。停用、改角色或重置密码后，该用户的登录会立即失效。" />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div>
          <SearchForm q={query.q} placeholder="按用户名或姓名搜索" />
          <RowList isEmpty={page.items.length === 0} empty="没有符合条件的成员" testId="member-list">
            {page.items.map((m) => (
              <li key={m.membershipId} className="px-4 py-3" data-username={m.username}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <AccountName displayName={m.displayName} username={m.username} isActive={m.isActive} />
                    <p className="text-xs text-slate-500">
                      {ROLE_LABELS[m.role]}
                      {m.orgUnit ? ` · ${m.orgUnit.name}` : ""}
                      {m.lastLoginAt ? ` · 最近登录 ${formatDateTime(m.lastLoginAt)}` : " · 从未登录"}
                    </p>
                  </div>
                  {m.role === "leader" && (
                    <div className="w-full sm:order-last">
                      <MemberLeaderLinks membershipId={m.membershipId} linked={m.linkedPeople} people={people} />
                    </div>
                  )}
                  {m.userId !== session.userId && (
                    <MemberRowActions
                      member={{ membershipId: m.membershipId, role: m.role, orgUnitId: m.orgUnit?.id ?? null, isActive: m.isActive }}
                      units={units}
                    />
                  )}
                </div>
              </li>
            ))}
          </RowList>
          <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q }} />
        </div>
        <div className="space-y-6">
          <Card title="批量导入与导出">
            <ImportMembersCard />
          </Card>
          <Card title="新建账号">
            <CreateMemberForm units={units} />
          </Card>
          {can(session.role, "tenant:export") && <BureauExportCard />}
        </div>
      </div>
    </>
  );
}
