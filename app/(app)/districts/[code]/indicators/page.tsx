// A district's indicators against their targets (read-only), worst judgement
// first, filtered by judgement (?judgement=behind: the district's lagging
// indicators). The reading is the district dashboard's (getIndicatorProgress:
// counted values, confirmed mappings) inside the city's child transaction.
import Link from "@/components/ui/link";
import { DistrictIndicatorRows } from "@/components/city/district-indicator-rows";
import { DistrictNav } from "@/components/city/district-nav";
import { PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { countByJudgement, selectIndicatorPage } from "@/lib/dashboard/indicator-page";
import { getIndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { parseIndicatorListView } from "@/lib/dashboard/indicator-list-view";
import { withChildTenant } from "@/lib/db/tenant-scope";
import { orNotFound } from "@/lib/http/not-found";
import { firstParam } from "@/lib/pagination";
import { JUDGEMENT_LABELS, JUDGEMENTS, type Judgement } from "@/lib/vocabulary";

export default async function DistrictIndicatorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenantSession("children:read");
  const { code } = await params;
  const raw = await searchParams;
  const view = parseIndicatorListView({ judgement: firstParam(raw.judgement), page: firstParam(raw.page) });
  const { district, indicators } = await orNotFound(
    withChildTenant(session, code, async (tx, district) => ({
      district,
      indicators: await getIndicatorProgress(tx, { tenantId: district.id, mineUserId: null }),
    })),
  );
  const counts = countByJudgement(indicators);
  const page = selectIndicatorPage(indicators, view);
  const href = (judgement?: Judgement) => `/districts/${encodeURIComponent(code)}/indicators${judgement ? `?judgement=${judgement}` : ""}`;
  return (
    <>
      <PageHeader
        title={`${district.name} · 指标`}
        description={view.judgement ? `筛选：${JUDGEMENT_LABELS[view.judgement]}` : "对照目标路径，滞后在前"}
        back={{ href: `/districts/${encodeURIComponent(code)}`, label: "区县概览" }}
      />
      <DistrictNav code={code} current="indicators" />
      <nav aria-label="按判断筛选" className="mb-4 flex flex-wrap gap-2 text-sm">
        {[undefined, ...JUDGEMENTS].map((j) => (
          <Link
            key={j ?? "all"}
            href={href(j)}
            aria-current={view.judgement === j ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 tabular-nums ${view.judgement === j ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-700"}`}
          >
            {j ? `${JUDGEMENT_LABELS[j]} ${counts[j]}` : `全部 ${indicators.length}`}
          </Link>
        ))}
      </nav>
      <DistrictIndicatorRows indicators={page.items} empty="没有符合条件的指标" />
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ judgement: view.judgement }} />
    </>
  );
}
