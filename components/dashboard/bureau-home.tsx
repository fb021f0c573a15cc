import { Stat } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { withTenant } from "@/lib/db/tenant-scope";
import { getTenantSummary } from "@/lib/tenants/tenant-summary";

/** A bureau's home page (the dashboard lives here). */
export async function BureauHome({ session }: { session: TenantSession }) {
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
