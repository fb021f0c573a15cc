import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePlatformAdmin } from "@/lib/auth/guards";
import { listTenantsForPlatform } from "@/lib/tenants/list-tenants-for-platform";

export const metadata = { title: "平台管理" };

export default async function PlatformPage() {
  await requirePlatformAdmin();
  const tenants = await listTenantsForPlatform();
  return (
    <>
      <PageHeader
        title="平台管理"
        description="全部租户（市、区县教育局）及其层级"
        actions={
          <Link href="/platform/catalogue" className="text-sm text-brand-700 hover:underline">
            指标口径库 →
          </Link>
        }
      />
      <Card>
        <ul className="divide-y divide-slate-100" data-testid="tenant-list">
          {tenants.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className={t.parentId ? "pl-6" : "font-medium"}>
                {t.name} <span className="text-xs text-slate-500">{t.code}</span>
              </span>
              <span className="text-xs text-slate-500">{t.kind === "city" ? "市级" : "区县"}</span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
