import { AccountName } from "@/components/ui/account-name";
import { CityViewerRowActions, CreateCityViewerForm } from "@/components/platform/city-viewer-forms";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePlatformAdmin } from "@/lib/auth/guards";
import { withUser } from "@/lib/auth/user-scope";
import { listCityViewers } from "@/lib/platform/list-city-viewers";
import { listTenantsForPlatform } from "@/lib/tenants/list-tenants-for-platform";

export const metadata = { title: "市级查看账号" };

export default async function CityViewersPage() {
  const session = await requirePlatformAdmin();
  const [tenants, viewers] = await Promise.all([listTenantsForPlatform(), withUser(session.userId, listCityViewers, { readOnly: true })]);
  const cities = tenants.filter((t) => t.kind === "city");
  const cityName = new Map(cities.map((c) => [c.id, c.name]));
  return (
    <>
      <PageHeader title="市级查看账号" description="市级教育局的账号只能查看其下各区县的数据，由平台管理员创建和管理。" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          {viewers.length === 0 ? (
            <EmptyState>还没有市级查看账号</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="viewer-list">
              {viewers.map((v) => (
                <li key={v.membershipId} className="flex flex-wrap items-start justify-between gap-2 py-2" data-username={v.username}>
                  <div>
                    <AccountName displayName={v.displayName} username={v.username} isActive={v.isActive} />
                    <p className="text-xs text-slate-500">
                      {cityName.get(v.tenantId)}
                      {v.mustChangePassword ? " · 尚未修改一次性密码" : ""}
                    </p>
                  </div>
                  <CityViewerRowActions viewer={v} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="创建查看账号">
          <CreateCityViewerForm cities={cities.filter((c) => c.isActive).map((c) => ({ code: c.code, name: c.name }))} />
        </Card>
      </div>
    </>
  );
}
