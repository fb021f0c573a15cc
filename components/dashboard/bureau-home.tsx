// The bureau's home page: are we on track, where are we behind, whose is it.
// Its sections stream independently (Suspense), each awaiting its own read;
// startHomeReads starts them all together in three transactions (decisions 0049, 0050).
import Link from "@/components/ui/link";
import { Suspense } from "react";
import { LeaderFocus } from "@/components/home/leader-focus";
import { EmptyState } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { dashboardDates, isoDay } from "@/lib/dashboard/dates";
import { chooseHomeScope } from "@/lib/dashboard/home-scope";
import { startHomeReads } from "@/lib/dashboard/home-reads";
import type { LinkedPerson } from "@/lib/dashboard/linked-people";
import { parseIndicatorListView, type IndicatorListView } from "@/lib/dashboard/indicator-list-view";
import { firstParam } from "@/lib/pagination";
import { myTasksBasis } from "@/lib/plans/queries/my-tasks-basis";
import { BreakdownSection } from "./breakdown-section";
import { HeadlineSection } from "./headline-section";
import { IndicatorSection } from "./indicator-section";
import { LightsSection } from "./lights-section";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * `?mine=1` restricts everything to the tasks naming the person linked to the
 * account (我负责的) and their indicators; `?mine=0` shows the whole bureau;
 * without it the page starts where chooseHomeScope says. A leader's page opens
 * on what needs them (LeaderFocus) in that scope; the figures and breakdowns follow.
 */
export async function BureauHome({ session, searchParams = {} }: { session: TenantSession; searchParams?: SearchParams }) {
  const isLeader = myTasksBasis(session) === "person";
  const dates = dashboardDates();
  const view = indicatorView(searchParams);
  const { linked, mine, scope, sections } = await startHomeReads(session, {
    choice: chooseHomeScope(firstParam(searchParams.mine), isLeader),
    view,
    withFocus: isLeader,
    dates,
  });
  const whose = isLeader ? linked.then((people) => focusScopeLabel(mine, people)) : null;
  // A failed read reaches the error boundary through what awaits it (the linked people: the
  // scope switcher, outside any Suspense, so the page as before); never reported as unhandled meanwhile.
  whose?.catch(() => {});
  return (
    <div className="space-y-6" data-testid="bureau-dashboard">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ScopeNav linkedRead={linked} mine={mine} isLeader={isLeader} />
        <p className="text-xs text-slate-500">
          数据截至 {isoDay(dates.today)}；▲▼ 为较本季度初（{isoDay(dates.quarterStart)}）的变化
        </p>
      </div>
      {!sections ? (
        <EmptyState>
          您的账号尚未关联规划中的责任领导，暂无“我负责的”统计；请联系本局管理员核对。
          <Link href="/?mine=0" className="ml-1 text-brand-700 hover:underline">
            查看全局
          </Link>
        </EmptyState>
      ) : (
        <>
          {whose && sections.focus && (
            <Suspense fallback={<Placeholder label="正在汇总需要关注的任务…" className="h-48" />}>
              <LeaderFocus scope={scope} focus={sections.focus} progress={sections.progress} lights={sections.lights} whose={whose} />
            </Suspense>
          )}
          <Suspense fallback={<Placeholder label="正在汇总任务进展…" className="h-48" />}>
            <HeadlineSection scope={scope} headline={sections.headline} />
          </Suspense>
          <Suspense fallback={<Placeholder label="正在汇总亮灯…" className="h-20" />}>
            <LightsSection session={session} scope={scope} counts={sections.lights} />
          </Suspense>
          <Suspense fallback={<Placeholder label="正在汇总各领导、单位、章节…" className="h-72" />}>
            <BreakdownSection scope={scope} breakdowns={sections.breakdowns} />
          </Suspense>
          <Suspense fallback={<Placeholder label="正在计算指标进度…" className="h-72" />}>
            <IndicatorSection
              scope={scope}
              progress={sections.progress}
              indicatorPage={sections.indicatorPage}
              view={view}
              params={{ mine: mine ? "1" : "0" }}
            />
          </Suspense>
        </>
      )}
    </div>
  );
}

/** 全局 / 我负责的（names）: offered once a person is linked, and to every leader. */
async function ScopeNav({ linkedRead, mine, isLeader }: { linkedRead: Promise<LinkedPerson[]>; mine: boolean; isLeader: boolean }) {
  const linked = await linkedRead;
  if (linked.length === 0 && !isLeader) return <span />;
  return (
    <nav className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 text-sm" aria-label="统计范围">
      <ScopeLink href="/?mine=0" active={!mine}>
        全局
      </ScopeLink>
      <ScopeLink href="/?mine=1" active={mine}>
        我负责的{linked.length > 0 ? `（${linked.map((p) => p.name).join("、")}）` : ""}
      </ScopeLink>
    </nav>
  );
}

/** Whose tasks the leader's focus lists, as its heading says. */
function focusScopeLabel(mine: boolean, linked: LinkedPerson[]): string {
  if (mine) return `我负责的（${linked.map((p) => p.name).join("、")}）`;
  return linked.length > 0 ? "全局" : "全局（您的账号尚未关联规划中的责任领导）";
}

/** `?judgement=behind&page=2`: what the indicator list shows. */
function indicatorView(searchParams: SearchParams): IndicatorListView {
  return parseIndicatorListView({ judgement: firstParam(searchParams.judgement), page: firstParam(searchParams.page) });
}

function ScopeLink({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 ${active ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {children}
    </Link>
  );
}

// Only the dot pulses: text that fades with it falls below the contrast a reader needs (axe
// measured 正在汇总亮灯… mid-fade on a slow machine).
function Placeholder({ label, className }: { label: string; className: string }) {
  return (
    <div className={`flex items-center justify-center gap-2 rounded-xl border border-slate-200 bg-slate-50 text-sm text-slate-600 ${className}`} role="status">
      <span className="size-2 animate-pulse rounded-full bg-slate-400" aria-hidden="true" />
      {label}
    </div>
  );
}
