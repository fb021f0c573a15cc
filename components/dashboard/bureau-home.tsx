// The bureau's home page: are we on track, where are we behind, whose is it.
// Its sections stream independently (Suspense), each from its own read
// transaction, started together once the scope is known (decision 0049).
import Link from "@/components/ui/link";
import { Suspense } from "react";
import { LeaderFocus } from "@/components/home/leader-focus";
import { EmptyState } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { dashboardDates, isoDay } from "@/lib/dashboard/dates";
import { getIndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { getLinkedPeople } from "@/lib/dashboard/linked-people";
import { chooseHomeScope, resolveHomeScope } from "@/lib/dashboard/home-scope";
import { mineCondition, type DashboardScope } from "@/lib/dashboard/scope";
import { readTenant } from "@/lib/db/tenant-scope";
import { parseIndicatorListView, type IndicatorListView } from "@/lib/dashboard/indicator-list-view";
import { firstParam } from "@/lib/pagination";
import { myTasksBasis } from "@/lib/plans/queries/my-tasks-basis";
import { todayInChina } from "@/lib/reports/periods";
import { countTaskLights } from "@/lib/supervision/count-task-lights";
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
  const tenantId = session.tenant.tenantId;
  const isLeader = myTasksBasis(session) === "person";
  const choice = chooseHomeScope(firstParam(searchParams.mine), isLeader);
  const linkedRead = readTenant(session, (tx) => getLinkedPeople(tx, tenantId, session.userId));
  // 我负责的 (asked for, or a leader's default) waits for the linked people: with nobody linked
  // there is nothing to read. The whole bureau does not: its reads start beside theirs.
  const { mine, empty } = choice === "all" ? { mine: false, empty: false } : resolveHomeScope(choice, (await linkedRead).length);
  const scope: DashboardScope = { tenantId, mineUserId: mine ? session.userId : null };
  const dates = dashboardDates();
  // Read once per request, not awaited here: the leader's focus (lagging indicators) and the
  // indicator section both stream from this one read, so they cannot disagree (decision 0039).
  const progress = empty ? null : readTenant(session, (tx) => getIndicatorProgress(tx, scope));
  // The light counts likewise: the leader's focus and the lights section show the same read.
  const lights = empty ? null : readTenant(session, (tx) => countTaskLights(tx, tenantId, todayInChina(), mineCondition(scope)));
  const whose = isLeader ? linkedRead.then((linked) => focusScopeLabel(mine, linked)) : null;
  // A failed read reaches the error boundary through what awaits it (the linked people: the
  // scope switcher, outside any Suspense, so the page as before); never reported as unhandled meanwhile.
  for (const read of [linkedRead, progress, lights, whose]) read?.catch(() => {});
  return (
    <div className="space-y-6" data-testid="bureau-dashboard">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ScopeNav linkedRead={linkedRead} mine={mine} isLeader={isLeader} />
        <p className="text-xs text-slate-500">
          数据截至 {isoDay(dates.today)}；▲▼ 为较本季度初（{isoDay(dates.quarterStart)}）的变化
        </p>
      </div>
      {!progress || !lights ? (
        <EmptyState>
          您的账号尚未关联规划中的责任领导，暂无“我负责的”统计；请联系本局管理员核对。
          <Link href="/?mine=0" className="ml-1 text-brand-700 hover:underline">
            查看全局
          </Link>
        </EmptyState>
      ) : (
        <>
          {whose && (
            <Suspense fallback={<Placeholder label="正在汇总需要关注的任务…" className="h-48" />}>
              <LeaderFocus session={session} scope={scope} progress={progress} lights={lights} whose={whose} />
            </Suspense>
          )}
          <Suspense fallback={<Placeholder label="正在汇总任务进展…" className="h-48" />}>
            <HeadlineSection session={session} scope={scope} dates={dates} />
          </Suspense>
          <Suspense fallback={<Placeholder label="正在汇总亮灯…" className="h-20" />}>
            <LightsSection session={session} scope={scope} counts={lights} />
          </Suspense>
          <Suspense fallback={<Placeholder label="正在汇总各领导、单位、章节…" className="h-72" />}>
            <BreakdownSection session={session} scope={scope} />
          </Suspense>
          <Suspense fallback={<Placeholder label="正在计算指标进度…" className="h-72" />}>
            <IndicatorSection session={session} scope={scope} progress={progress} view={indicatorView(searchParams)} params={{ mine: mine ? "1" : "0" }} />
          </Suspense>
        </>
      )}
    </div>
  );
}

/** 全局 / 我负责的（names）: offered once a person is linked, and to every leader. */
async function ScopeNav({ linkedRead, mine, isLeader }: { linkedRead: Promise<{ name: string }[]>; mine: boolean; isLeader: boolean }) {
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
function focusScopeLabel(mine: boolean, linked: { name: string }[]): string {
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

function Placeholder({ label, className }: { label: string; className: string }) {
  return (
    <div
      className={`flex animate-pulse items-center justify-center rounded-xl border border-slate-200 bg-slate-50 text-sm text-slate-500 ${className}`}
      role="status"
    >
      {label}
    </div>
  );
}
