import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { listChildTenants, withChildTenant } from "@/lib/db/tenant-scope";
import { getTenantSummary } from "@/lib/tenants/tenant-summary";

/** A city bureau's home page: its districts, read-only. */
export async function CityHome({ session }: { session: TenantSession }) {
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
