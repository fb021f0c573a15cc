import { Suspense } from "react";
import { CityHome } from "@/components/city/city-home";
import { BureauHome } from "@/components/dashboard/bureau-home";
import { StaffQueueRow } from "@/components/dashboard/staff-queue-row";
import { PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/vocabulary";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession();
  return (
    <>
      <PageHeader title={session.tenant.tenantName} description={`您好，${session.displayName}（${ROLE_LABELS[session.role]}）`} />
      {can(session.role, "children:read") ? (
        <Suspense fallback={<p className="text-sm text-slate-500">正在汇总各区县…</p>}>
          <CityHome session={session} />
        </Suspense>
      ) : (
        <>
          {can(session.role, "reports:review") && <StaffQueueRow session={session} />}
          <BureauHome session={session} searchParams={await searchParams} />
        </>
      )}
    </>
  );
}
