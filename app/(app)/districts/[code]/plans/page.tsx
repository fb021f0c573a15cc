// A district's plans (read-only), newest first, each opening its tasks.
import { DistrictNav } from "@/components/city/district-nav";
import { DistrictPlanRows } from "@/components/city/district-plan-rows";
import { PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { listDistrictPlans } from "@/lib/city/list-district-plans";
import { readDistrictPage } from "@/lib/city/read-district-page";
import { orNotFound } from "@/lib/http/not-found";

export default async function DistrictPlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenantSession("children:read");
  const { code } = await params;
  const { district, rows: plans } = await orNotFound(readDistrictPage(session, code, await searchParams, listDistrictPlans));
  return (
    <>
      <PageHeader title={`${district.name} · 规划文件`} back={{ href: `/districts/${encodeURIComponent(code)}`, label: "区县概览" }} />
      <DistrictNav code={code} current="overview" />
      <DistrictPlanRows code={code} plans={plans.items} />
      <Pager page={plans.page} pageCount={plans.pageCount} total={plans.total} params={{}} />
    </>
  );
}
