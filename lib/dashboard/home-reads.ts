// Every read of the bureau's home page, started together in three READ ONLY
// transactions rather than one per section (decision 0050). Each section
// awaits its own promise, so the page still streams section by section.
//   1. the linked people, then the indicator progress, then the shown indicator page's trends;
//   2. the light counts, then the leader's focus (lit tasks, overdue units), then the headline;
//   3. the breakdowns by section, lead unit and leader.
// 2 and 3 need the scope: for the whole bureau it is known at once, so they
// start beside 1; for 我负责的 they start once 1 has read the linked people.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { readsInTurn } from "@/lib/db/read-in-turn";
import type { Page } from "@/lib/pagination";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
import { countTaskLights, type LightCounts } from "@/lib/supervision/count-task-lights";
import { getBreakdownByLeadUnit } from "./breakdown-by-lead-unit";
import { getBreakdownByLeader } from "./breakdown-by-leader";
import { getBreakdownBySection } from "./breakdown-by-section";
import type { BreakdownRow } from "./breakdown-row";
import type { DashboardDates } from "./dates";
import { getHeadline, type Headline } from "./headline";
import { resolveHomeScope, type HomeScopeChoice } from "./home-scope";
import { selectIndicatorPage } from "./indicator-page";
import { getIndicatorProgress, type IndicatorProgress } from "./indicator-progress";
import type { IndicatorListView } from "./indicator-list-view";
import { getIndicatorTrends, type TrendPoint } from "./indicator-trends";
import { getLinkedPeople, type LinkedPerson } from "./linked-people";
import { listLitTasks } from "./lit-tasks";
import { listOverdueUnits, type OverdueUnit } from "./overdue-units";
import { mineCondition, type DashboardScope } from "./scope";

export interface HomeReadOptions {
  choice: HomeScopeChoice;
  /** The indicator page shown: its trends are read, the rest are not. */
  view: IndicatorListView;
  /** Read the leader's focus (their lit tasks and the overdue units). */
  withFocus: boolean;
  /** Today (the lights, the focus) and the quarter's start (the headline's ▲▼). */
  dates: DashboardDates;
}

export interface LeaderFocusData {
  tasks: TaskListRow[];
  units: OverdueUnit[];
}

export interface IndicatorPageData {
  shown: Page<IndicatorProgress>;
  /** The trends of the shown indicators that have a figure. */
  trends: Map<string, TrendPoint[]>;
}

export interface Breakdowns {
  sections: BreakdownRow[];
  units: BreakdownRow[];
  leaders: BreakdownRow[];
}

export interface HomeSections {
  progress: Promise<IndicatorProgress[]>;
  indicatorPage: Promise<IndicatorPageData>;
  lights: Promise<LightCounts>;
  focus: Promise<LeaderFocusData> | null;
  headline: Promise<Headline>;
  breakdowns: Promise<Breakdowns>;
}

export interface HomeReads {
  linked: Promise<LinkedPerson[]>;
  mine: boolean;
  scope: DashboardScope;
  /** null: 我负责的 with nobody linked, so nothing to read. */
  sections: HomeSections | null;
}

/** Starts the page's reads; resolves once the scope is known (at once for the whole bureau). */
export async function startHomeReads(session: TenantSession, options: HomeReadOptions): Promise<HomeReads> {
  const first = readsInTurn();
  const linked = first.read<LinkedPerson[]>();
  const progress = first.read<IndicatorProgress[]>();
  const indicatorPage = first.read<IndicatorPageData>();
  first.run(session, async (tx) => {
    const people = linked.settle(await getLinkedPeople(tx, session.tenant.tenantId, session.userId));
    const { mine, empty } = resolveHomeScope(options.choice, people.length);
    if (empty) return;
    const items = progress.settle(await getIndicatorProgress(tx, scopeOf(session, mine)));
    const shown = selectIndicatorPage(items, options.view);
    const withFigure = shown.items.filter((i) => i.latest).map((i) => i.id);
    indicatorPage.settle({ shown, trends: await getIndicatorTrends(tx, session.tenant.tenantId, withFigure) });
  });
  // The same pure decision as inside the transaction; only 我负责的 waits for the people.
  const linkedCount = options.choice === "all" ? 0 : (await linked.promise).length;
  const { mine, empty } = resolveHomeScope(options.choice, linkedCount);
  const scope = scopeOf(session, mine);
  const sections = empty ? null : { progress: progress.promise, indicatorPage: indicatorPage.promise, ...startFigureReads(session, scope, options) };
  return { linked: linked.promise, mine, scope, sections };
}

function scopeOf(session: TenantSession, mine: boolean): DashboardScope {
  return { tenantId: session.tenant.tenantId, mineUserId: mine ? session.userId : null };
}

/** Transactions 2 and 3: what needs only the scope. */
function startFigureReads(session: TenantSession, scope: DashboardScope, options: HomeReadOptions): Omit<HomeSections, "progress" | "indicatorPage"> {
  const { today } = options.dates; // the page's one "today", as its 数据截至 says
  const second = readsInTurn();
  const lights = second.read<LightCounts>();
  const focus = options.withFocus ? second.read<LeaderFocusData>() : null;
  const headline = second.read<Headline>();
  second.run(session, async (tx) => {
    lights.settle(await countTaskLights(tx, scope.tenantId, today, mineCondition(scope)));
    if (focus) {
      const tasks = await listLitTasks(tx, scope, today);
      focus.settle({ tasks, units: await listOverdueUnits(tx, scope, today) });
    }
    headline.settle(await getHeadline(tx, scope, options.dates));
  });
  const third = readsInTurn();
  const breakdowns = third.read<Breakdowns>();
  third.run(session, async (tx) => {
    const sections = await getBreakdownBySection(tx, scope);
    const units = await getBreakdownByLeadUnit(tx, scope);
    breakdowns.settle({ sections, units, leaders: await getBreakdownByLeader(tx, scope) });
  });
  return { lights: lights.promise, focus: focus?.promise ?? null, headline: headline.promise, breakdowns: breakdowns.promise };
}
