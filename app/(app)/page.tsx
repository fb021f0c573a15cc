import { Suspense } from "react";
import { CityHome } from "@/components/city/city-home";
import { BureauHome } from "@/components/dashboard/bureau-home";
import { StaffQueueRow } from "@/components/dashboard/staff-queue-row";
import { ReporterHome } from "@/components/home/reporter-home";
import { PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isUnitBound } from "@/lib/reports/reporter-scope";
import { ROLE_LABELS } from "@/lib/vocabulary";

/**
 * Every role opens on its work (decision 0029), chosen from the permission
 * table: a city viewer (children:read) on its districts; a member bound to a
 * unit (no units:all) on the unit's to-do; staff (reports:review) on their
 * queue above the dashboard; a leader on the dashboard, which opens on their
 * red and yellow tasks (BureauHome).
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession();
  const role = ROLE_LABELS[session.role];
  // An account named after its post (金凤区教育局分管领导) already says the role.
  const greeting = session.displayName.includes(role) ? `您好，${session.displayName}` : `您好，${session.displayName}（${role}）`;
  const header = <PageHeader title={session.tenant.tenantName} description={greeting} />;
  if (can(session.role, "children:read")) {
    return (
      <>
        {header}
        <Suspense fallback={<p className="text-sm text-slate-500">正在汇总各区县…</p>}>
          <CityHome session={session} />
        </Suspense>
      </>
    );
  }
  if (isUnitBound(session)) {
    return (
      <>
        {header}
        <ReporterHome session={session} />
      </>
    );
  }
  return (
    <>
      {header}
      {can(session.role, "reports:review") && <StaffQueueRow session={session} />}
      <BureauHome session={session} searchParams={await searchParams} />
    </>
  );
}
