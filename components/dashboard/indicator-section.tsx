import Link from "@/components/ui/link";
import { countByJudgement } from "@/lib/dashboard/indicator-page";
import type { IndicatorPageData } from "@/lib/dashboard/home-reads";
import type { IndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { indicatorFilterHref, type IndicatorListView } from "@/lib/dashboard/indicator-list-view";
import type { TrendPoint } from "@/lib/dashboard/indicator-trends";
import { yearEnd, type Band } from "@/lib/dashboard/on-path";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { formatBaseline, formatDate, formatNumber, formatTarget, SUMMARY_DECIMALS } from "@/lib/format";
import { type Judgement, JUDGEMENT_LABELS, JUDGEMENTS } from "@/lib/vocabulary";
import { Pager, pagerShown } from "@/components/ui/list-controls";
import { MappingBadge } from "@/components/indicators/mapping-badge";
import { IndicatorTrendClient } from "./indicator-trend-client";
import { JudgementBadge } from "./judgement-badge";

const DAY_MS = 86_400_000;

type Params = Record<string, string | undefined>;

/**
 * Are the targets on their way: each indicator's latest approved figure against
 * its straight path, worst first, filterable by judgement and paged. Trends are
 * loaded for the shown page only.
 */
export async function IndicatorSection({
  scope,
  progress,
  indicatorPage,
  view,
  params,
}: {
  scope: DashboardScope;
  /** The scope's indicator progress, read once by the page (the leader's focus shares it). */
  progress: Promise<IndicatorProgress[]>;
  /** The page of them shown, with the trends of those that have a figure (lib/dashboard/home-reads.ts). */
  indicatorPage: Promise<IndicatorPageData>;
  view: IndicatorListView;
  /** Query parameters the section's links keep (the scope toggle). */
  params: Params;
}) {
  const items = await progress;
  const { shown, trends } = await indicatorPage;
  return (
    <section
      id="indicators"
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white shadow-sm"
      aria-labelledby="indicators-title"
      data-testid="indicator-section"
    >
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id="indicators-title" className="text-base font-semibold">
          指标进度（{items.length}）
        </h2>
        <FilterNav items={items} active={view.judgement} params={params} />
      </header>
      {shown.items.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">{emptyMessage(view, scope)}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="indicator-list">
          {shown.items.map((item) =>
            // Without an approved figure there is nothing to chart: a compact row.
            item.latest ? <IndicatorItem key={item.id} item={item} trend={trends.get(item.id) ?? []} /> : <NoDataItem key={item.id} item={item} />,
          )}
        </ul>
      )}
      {pagerShown(shown) && (
        <div className="border-t border-slate-100 px-4 pb-3">
          <Pager page={shown.page} pageCount={shown.pageCount} total={shown.total} params={{ ...params, judgement: view.judgement }} hash="#indicators" />
        </div>
      )}
      <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
        只计审核通过的实际值。按基线到目标的直线进度判断，偏差在容差内为“正常”；≤ 类指标越低越好。
      </p>
    </section>
  );
}

function emptyMessage(view: IndicatorListView, scope: DashboardScope): string {
  if (view.judgement) return `没有判断为“${JUDGEMENT_LABELS[view.judgement]}”的指标`;
  return scope.mineUserId ? "您负责的任务中没有设定目标值的指标" : "规划中还没有设定目标值的指标";
}

/** 全部 and one button per judgement, each with its count over the whole list. */
function FilterNav({ items, active, params }: { items: IndicatorProgress[]; active: Judgement | undefined; params: Params }) {
  const counts = countByJudgement(items);
  return (
    <nav className="flex flex-wrap gap-1 text-xs text-slate-600" aria-label="按判断筛选指标" data-testid="indicator-summary">
      <FilterLink href={indicatorFilterHref(params)} active={!active}>
        全部 <span className="font-semibold tabular-nums">{items.length}</span>
      </FilterLink>
      {JUDGEMENTS.map((j) => (
        <FilterLink key={j} href={indicatorFilterHref(params, j)} active={active === j}>
          {JUDGEMENT_LABELS[j]} <span className="font-semibold tabular-nums">{counts[j]}</span>
        </FilterLink>
      ))}
    </nav>
  );
}

function FilterLink({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={active ? "true" : undefined}
      className={`rounded-full border px-2.5 py-1 ${active ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-200 hover:bg-slate-50"}`}
    >
      {children}
    </Link>
  );
}

function IndicatorItem({ item, trend }: { item: IndicatorProgress; trend: TrendPoint[] }) {
  const { result } = item;
  const unit = item.unit ?? "";
  return (
    <li className="grid gap-3 px-4 py-3 md:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]" data-testid="indicator-row" data-indicator={item.name}>
      <div className="min-w-0 space-y-1">
        <div className="flex items-start justify-between gap-2">
          <Link href={`/indicators/${item.id}`} className="min-w-0 font-medium break-words hover:underline">
            {item.name}
          </Link>
          <JudgementBadge judgement={result.judgement} />
        </div>
        <p className="truncate text-xs text-slate-500">
          <Context item={item} />
          {item.mappingState === "suggested" && <MappingBadge state="suggested" />}
        </p>
        <dl className="grid grid-cols-3 gap-2 text-xs">
          <div>
            <dt className="text-slate-500">基线</dt>
            <dd className="tabular-nums">{formatBaseline(item.baselineValue, item.baselineYear, unit)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">最新（已审核）</dt>
            <dd className="tabular-nums" data-testid="indicator-latest">
              {item.latest ? `${formatNumber(item.latest.value, SUMMARY_DECIMALS)}${unit}（${formatDate(item.latest.asOf)}）` : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">目标</dt>
            <dd className="tabular-nums">
              {formatTarget(item)}
              {item.targetYear ? `（${item.targetYear}年）` : ""}
            </dd>
          </div>
        </dl>
        <p className="text-xs text-slate-500">{explain(item)}</p>
      </div>
      {trend.length > 0 && (
        <IndicatorTrendClient
          name={item.name}
          unit={item.unit}
          points={trend.map((p) => ({ t: p.asOf.getTime(), value: p.value }))}
          baseline={
            item.baselineValue !== null && item.baselineYear !== null ? { t: yearEnd(item.baselineYear).getTime() - DAY_MS, value: item.baselineValue } : null
          }
          goal={result.goal}
          goalT={item.targetYear !== null ? yearEnd(item.targetYear).getTime() - DAY_MS : null}
        />
      )}
    </li>
  );
}

function NoDataItem({ item }: { item: IndicatorProgress }) {
  return (
    <li className="flex items-start justify-between gap-2 px-4 py-2 text-sm" data-testid="indicator-row" data-indicator={item.name}>
      <div className="min-w-0">
        <Link href={`/indicators/${item.id}`} className="break-words hover:underline">
          {item.name}
        </Link>
        {item.mappingState === "suggested" && <MappingBadge state="suggested" />}
        <p className="truncate text-xs text-slate-500">
          <Context item={item} /> · 目标 {formatTarget(item)}
          {item.targetYear ? `（${item.targetYear}年）` : ""} · {explain(item)}
        </p>
      </div>
      <JudgementBadge judgement={item.result.judgement} />
    </li>
  );
}

function Context({ item }: { item: IndicatorProgress }) {
  return item.task ? (
    <Link href={`/tasks/${item.task.id}`} className="hover:underline">
      任务 {item.task.number}. {item.task.title}
    </Link>
  ) : (
    <Link href={`/plans/${item.plan.id}`} className="hover:underline">
      {item.plan.title} · 主要指标
    </Link>
  );
}

function band(b: Band, unit: string): string {
  return b.low === b.high
    ? `${formatNumber(b.low, SUMMARY_DECIMALS)}${unit}`
    : `${formatNumber(b.low, SUMMARY_DECIMALS)}–${formatNumber(b.high, SUMMARY_DECIMALS)}${unit}`;
}

/** One line saying what the judgement was based on. */
function explain(item: IndicatorProgress): string {
  const { result } = item;
  const unit = item.unit ?? "";
  switch (result.reason) {
    case "no-actual":
      return "尚无审核通过的实际值";
    case "no-target":
      return "未设定目标值";
    case "change-without-baseline":
      return "变化类目标缺少基线，无法判断";
    default: {
      const expected = result.expected ? band(result.expected, unit) : "—";
      const base =
        result.basis === "path"
          ? `按进度此时应达 ${expected}（已走完 ${Math.round((result.fraction ?? 0) * 100)}%）`
          : `按目标值 ${expected} 判断（无可用基线或基线已达标）`;
      const outside = result.reason === "outside-range" ? "，超出目标区间" : "";
      return `${base}，容差 ±${formatNumber(result.tolerance, SUMMARY_DECIMALS)}${unit}${outside}`;
    }
  }
}
