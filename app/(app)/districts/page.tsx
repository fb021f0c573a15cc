// 区县对比: every district of the caller's city ranked by task completion,
// on-time reporting or one catalogue indicator against its target path
// (?sort=), exportable as .xlsx. City viewers only (children:read).
import { DistrictRanking } from "@/components/city/district-ranking";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { getDistrictComparison } from "@/lib/city/get-district-comparison";
import { firstParam } from "@/lib/pagination";

export default async function DistrictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("children:read");
  const table = await getDistrictComparison(session, firstParam((await searchParams).sort));
  return (
    <>
      <PageHeader title="区县对比" description={`${session.tenant.tenantName}下辖区县，按${table.sortLabel}排名`} back={{ href: "/", label: "首页" }} />
      <Card>
        {table.standings.length === 0 ? <p className="text-sm text-slate-500">暂无下辖区县</p> : <DistrictRanking table={table} />}
        <p className="mt-3 text-xs text-slate-500">
          名次相同者并列；没有任务、没有到期填报或没有判断的区县排在最后。按时报送率：截止日已过或已按时提交的填报中按时提交的比例。指标只计已确认的口径映射和已审核通过的实际值（同一口径的值只报一次，在各规划中通用）。
        </p>
      </Card>
    </>
  );
}
