import Link from "next/link";
import { Suspense } from "react";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import { listChildTenants, withChildTenant, withTenant } from "@/lib/db/tenant-scope";
import { getTenantSummary } from "@/lib/tenants/tenant-summary";

export default async function HomePage() {
  const session = await requireTenantSession();
  return (
    <>
      <PageHeader title={session.tenant.tenantName} description={`您好，${session.displayName}（${ROLE_LABELS[session.role]}）`} />
      {session.role === "city_viewer" ? (
        <Suspense fallback={<p className="text-sm text-slate-500">正在汇总各区县…</p>}>
          <CityHome session={session} />
        </Suspense>
      ) : (
        <BureauHome session={session} />
      )}
    </>
  );
}

async function BureauHome({ session }: { session: TenantSession }) {
  const summary = await withTenant(session, (tx) => getTenantSummary(tx, session.tenant.tenantId));
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      <Stat label="规划文件" value={summary.plans} />
      <Stat label="重点任务" value={summary.tasks} />
      <Stat label="单位" value={summary.units} href="/units" />
      <Stat label="责任领导" value={summary.people} href="/people" />
    </div>
  );
}

async function CityHome({ session }: { session: TenantSession }) {
  const children = await listChildTenants(session);
  const rows = await Promise.all(
    children.map((child) => withChildTenant(session, child.code, (tx, c) => getTenantSummary(tx, c.id).then((s) => ({ child, s })))),
  );
  return (
    <Card title="下辖区县（只读）">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">暂无下辖区县</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="district-list">
          {rows.map(({ child, s }) => (
            <li key={child.code} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <Link href={`/districts/${child.code}`} className="font-medium text-brand-700 hover:underline">
                {child.name}
              </Link>
              <span className="text-sm text-slate-500">
                规划 {s.plans} · 任务 {s.tasks} · 单位 {s.units}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
