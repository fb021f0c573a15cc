import { InactiveMark } from "@/components/ui/account-name";
import Link from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/card";
import { CreateTenantForm } from "@/components/platform/create-tenant-form";
import { TenantRowActions } from "@/components/platform/tenant-row-actions";
import { requirePlatformAdmin } from "@/lib/auth/guards";
import { listTenantsForPlatform } from "@/lib/tenants/list-tenants-for-platform";
import { TENANT_KIND_LABELS } from "@/lib/vocabulary";

export const metadata = { title: "平台管理" };

export default async function PlatformPage() {
  await requirePlatformAdmin();
  const tenants = await listTenantsForPlatform();
  const codeOf = new Map(tenants.map((t) => [t.id, t.code]));
  const cities = tenants.filter((t) => t.kind === "city" && t.isActive).map((t) => ({ code: t.code, name: t.name }));
  return (
    <>
      <PageHeader
        title="平台管理"
        description="全部单位（市、区县教育局）及其层级；开通新单位时同时创建其第一个账号"
        actions={
          <div className="flex gap-3 text-sm">
            <Link href="/platform/viewers" className="text-brand-700 hover:underline">
              市级查看账号 →
            </Link>
            <Link href="/platform/catalogue" className="text-brand-700 hover:underline">
              指标口径库 →
            </Link>
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="tenant-list">
            {tenants.map((t) => (
              <li key={t.id} className="flex flex-wrap items-start justify-between gap-2 py-2" data-code={t.code}>
                <span className={t.parentId ? "pl-6" : "font-medium"}>
                  {t.name} <span className="text-xs text-slate-500">{t.code}</span>
                  <InactiveMark isActive={t.isActive} />
                  <span className="ml-2 text-xs text-slate-500">{TENANT_KIND_LABELS[t.kind]}</span>
                </span>
                <TenantRowActions
                  tenant={{ id: t.id, name: t.name, kind: t.kind, isActive: t.isActive, parentCode: t.parentId ? (codeOf.get(t.parentId) ?? null) : null }}
                  cities={cities}
                />
              </li>
            ))}
          </ul>
        </Card>
        <Card title="开通单位">
          <CreateTenantForm cities={cities} />
        </Card>
      </div>
    </>
  );
}
