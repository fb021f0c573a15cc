// Every read of the bureau's home page, started together in three READ ONLY
// transactions rather than one per section (decision 0050). Each section
// awaits its own promise, so the page still streams section by section.
//   1. the linked people, then the indicator progress, then the shown page's trends;
//   2. the light counts, then the leader's focus (lit tasks, overdue units), then the headline;
//   3. the breakdowns by section, lead unit and leader.
// 2 and 3 need the scope: for the whole bureau it is known at once, so they
// start beside 1; for 我负责的 they start once 1 has read the linked people.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { pendingRead, readInTurn } from "@/lib/db/read-in-turn";
import { readTenant } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { countTaskLights, type LightCounts } from "@/lib/supervision/count-task-lights";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
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
import { getLinkedPeople } from "./linked-people";
import { listLitTasks } from "./lit-tasks";
import { listOverdueUnits, type OverdueUnit } from "./overdue-units";
import { mineCondition, type DashboardScope } from "./scope";

export interface HomeReadOptions {
  choice: HomeScopeChoice;
  /** The indicator page shown: its trends are read, the rest are not. */
  view: IndicatorListView;
  /** Read the leader's focus (their lit tasks and the overdue units). */
  withFocus: boolean;
  dates: DashboardDates;
}

export interface HomeSections {
  progress: Promise<IndicatorProgress[]>;
  trends: Promise<Map<string, TrendPoint[]>>;
  lights: Promise<LightCounts>;
  focus: Promise<{ tasks: TaskListRow[]; units: OverdueUnit[] }> | null;
  headline: Promise<Headline>;
  breakdowns: Promise<{ sections: BreakdownRow[]; units: BreakdownRow[]; leaders: BreakdownRow[] }>;
}

export interface HomeReads {
  linked: Promise<{ id: string; name: string }[]>;
  mine: boolean;
  scope: DashboardScope;
  /** null: 我负责的 with nobody linked, so nothing to read. */
  sections: HomeSections | null;
}

const WHOLE_BUREAU = { mine: false, empty: false };

/** Starts the page's reads; resolves once the scope is known (at once for the whole bureau). */
export async function startHomeReads(session: TenantSession, options: HomeReadOptions): Promise<HomeReads> {
  const tenantId = session.tenant.tenantId;
  const linked = pendingRead<{ id: string; name: string }[]>();
  const resolved = pendingRead<{ mine: boolean; empty: boolean }>();
  const progress = pendingRead<IndicatorProgress[]>();
  const trends = pendingRead<Map<string, TrendPoint[]>>();
  const { choice } = options;
  if (choice === "all") resolved.settle(WHOLE_BUREAU);
  readInTurn(session, [linked, resolved, progress, trends], async (tx) => {
    const people = linked.settle(await getLinkedPeople(tx, tenantId, session.userId));
    const { mine, empty } = choice === "all" ? WHOLE_BUREAU : resolved.settle(resolveHomeScope(choice, people.length));
    if (empty) return;
    const scope = scopeOf(session, mine);
    const items = progress.settle(await getIndicatorProgress(tx, scope));
    const shown = selectIndicatorPage(items, options.view).items.filter((i) => i.latest);
    trends.settle(
      await getIndicatorTrends(
        tx,
        tenantId,
        shown.map((i) => i.id),
      ),
    );
  });
  const { mine, empty } = await resolved.promise;
  const scope = scopeOf(session, mine);
  if (empty) return { linked: linked.promise, mine, scope, sections: null };
  return {
    linked: linked.promise,
    mine,
    scope,
    sections: { progress: progress.promise, trends: trends.promise, ...startFigureReads(session, scope, options) },
  };
}

function scopeOf(session: TenantSession, mine: boolean): DashboardScope {
  return { tenantId: session.tenant.tenantId, mineUserId: mine ? session.userId : null };
}

/** Transactions 2 and 3: what needs only the scope. */
function startFigureReads(session: TenantSession, scope: DashboardScope, options: HomeReadOptions): Omit<HomeSections, "progress" | "trends"> {
  const today = todayInChina();
  const lights = pendingRead<LightCounts>();
  const focus = options.withFocus ? pendingRead<{ tasks: TaskListRow[]; units: OverdueUnit[] }>() : null;
  const headline = pendingRead<Headline>();
  readInTurn(session, focus ? [lights, focus, headline] : [lights, headline], async (tx) => {
    lights.settle(await countTaskLights(tx, scope.tenantId, today, mineCondition(scope)));
    if (focus) {
      const tasks = await listLitTasks(tx, scope, today);
      focus.settle({ tasks, units: await listOverdueUnits(tx, scope, today) });
    }
    headline.settle(await getHeadline(tx, scope, options.dates));
  });
  // One transaction, queries one after another (a transaction is one connection).
  const breakdowns = readTenant(session, async (tx) => {
    const sections = await getBreakdownBySection(tx, scope);
    const units = await getBreakdownByLeadUnit(tx, scope);
    const leaders = await getBreakdownByLeader(tx, scope);
    return { sections, units, leaders };
  });
  breakdowns.catch(() => {});
  return { lights: lights.promise, focus: focus?.promise ?? null, headline: headline.promise, breakdowns };
}
