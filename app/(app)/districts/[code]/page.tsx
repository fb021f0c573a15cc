import { Card, PageHeader, Stat } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { withChildTenant } from "@/lib/db/tenant-scope";
import { orNotFound } from "@/lib/http/not-found";
import { ORG_UNIT_KIND_LABELS } from "@/lib/vocabulary";
import { listUnits } from "@/lib/org/list-units";
import { getTenantSummary } from "@/lib/tenants/tenant-summary";

export default async function DistrictPage({ params }: { params: Promise<{ code: string }> }) {
  const session = await requireTenantSession("children:read");
  const { code } = await params;
  const data = await orNotFound(
    withChildTenant(session, code, async (tx, child) => ({
      child,
      summary: await getTenantSummary(tx, child.id),
      units: await listUnits(tx, child.id, { page: 1 }),
    })),
  );
  return (
    <>
      <PageHeader title={data.child.name} description="下辖区县 · 只读查看" />
      <div className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="规划文件" value={data.summary.plans} />
        <Stat label="重点任务" value={data.summary.tasks} />
        <Stat label="单位" value={data.summary.units} />
        <Stat label="责任领导" value={data.summary.people} />
      </div>
      <Card title={`单位（前 ${data.units.items.length} 个，共 ${data.units.total} 个）`}>
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {data.units.items.map((u) => (
            <li key={u.id}>
              {u.name} <span className="text-xs text-slate-500">{ORG_UNIT_KIND_LABELS[u.kind]}</span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
