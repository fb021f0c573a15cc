// A district's units and their on-time reporting (read-only), worst first.
import { DistrictNav } from "@/components/city/district-nav";
import { DistrictUnitRows } from "@/components/city/district-unit-rows";
import { PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { listDistrictUnits } from "@/lib/city/list-district-units";
import { readDistrictPage } from "@/lib/city/read-district-page";
import { orNotFound } from "@/lib/http/not-found";

export default async function DistrictUnitsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenantSession("children:read");
  const { code } = await params;
  const { district, rows: units } = await orNotFound(readDistrictPage(session, code, await searchParams, listDistrictUnits));
  return (
    <>
      <PageHeader
        title={`${district.name} · 单位报送`}
        description="按时报送率：截止日已过或已按时提交的填报中，按时提交的比例"
        back={{ href: `/districts/${encodeURIComponent(code)}`, label: "区县概览" }}
      />
      <DistrictNav code={code} current="units" />
      <DistrictUnitRows units={units.items} />
      <Pager page={units.page} pageCount={units.pageCount} total={units.total} params={{}} />
    </>
  );
}
