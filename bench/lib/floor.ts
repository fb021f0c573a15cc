// The FLOOR of each HTTP benchmark: the SQL behind the page, run through a
// bare `pg` client as the app role, inside one transaction scoped by the
// app's own scope statement (lib/db/scope-statement.ts: READ ONLY +
// set_config, so row-level security is paid for here too). What the page costs above this is the framework:
// session lookup, Prisma, rendering, HTTP.
//
// Where the app builds its SQL with $queryRaw (dashboard aggregates, city
// comparison) the very same statement is captured from the app's own
// function with a stand-in transaction, so the floor cannot drift from the
// code. The task list is raw SQL too (lib/plans/queries/task-rows-sql.ts) and
// is captured the same way.
//
// Statements go as the app sends them: named (prepared once per connection,
// then served from PostgreSQL's plan cache) when the app's clients name
// theirs, unnamed through a transaction pooler (lib/db/prepared-statements.ts).
import pg from "pg";
import { preparedStatementsEnabled, statementNamer } from "@/lib/db/prepared-statements";
import { scopeStatement, type ScopeSpec } from "@/lib/db/scope-statement";
import type { Tx } from "@/lib/db/tenant-scope";
import { readComparisons } from "@/lib/city/compare-indicator";
import { getBreakdownByLeadUnit } from "@/lib/dashboard/breakdown-by-lead-unit";
import { getBreakdownByLeader } from "@/lib/dashboard/breakdown-by-leader";
import { getBreakdownBySection } from "@/lib/dashboard/breakdown-by-section";
import type { DashboardDates } from "@/lib/dashboard/dates";
import { getHeadline } from "@/lib/dashboard/headline";
import { getIndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { getIndicatorTrends } from "@/lib/dashboard/indicator-trends";
import { listLitTasks } from "@/lib/dashboard/lit-tasks";
import { listOverdueUnits } from "@/lib/dashboard/overdue-units";
import { mineCondition, type DashboardScope } from "@/lib/dashboard/scope";
import { countTaskLights } from "@/lib/supervision/count-task-lights";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantSession } from "@/lib/auth/session";
import { parseTaskListFilter } from "@/lib/plans/display/task-list-filter";
import { listTasks } from "@/lib/plans/queries/list-tasks";
import { getTaskListFacets } from "@/lib/plans/queries/task-list-facets";
import { todayInChina } from "@/lib/reports/periods";
import { listTaskGroupRollups } from "@/lib/reports/queries/task-group-rollups";
import { timeIterations } from "./stats";

export interface Statement {
  text: string;
  values: unknown[];
}

/** The statements `run` sends through $queryRaw, without running them. */
export async function captureSql(run: (tx: Tx) => Promise<unknown>): Promise<Statement[]> {
  const captured: Statement[] = [];
  const stand_in = {
    $queryRaw: (strings: TemplateStringsArray, ...values: unknown[]) => {
      const sql = Prisma.sql(strings, ...(values as Prisma.Sql[]));
      captured.push({ text: sql.text, values: sql.values });
      return Promise.resolve([]);
    },
  };
  await run(stand_in as unknown as Tx);
  return captured;
}

export type Query = (statement: Statement) => Promise<pg.QueryResult>;

/** Sends statements on `client` the way the app's Prisma client would (see the header); `named` overrides the guess. */
export function sender(client: pg.Client, named = preparedStatementsEnabled()): Query {
  const nameOf = named ? statementNamer() : () => undefined;
  return (s) => client.query({ name: nameOf({ sql: s.text, args: s.values }), text: s.text, values: s.values });
}

export type FloorScope = ScopeSpec & { tenantId: string; userId: string };

/** BEGIN and the app's scope statement for a read (what readTenant / withChildTenants send). */
async function beginScopedRead(client: pg.Client, query: Query, scope: FloorScope): Promise<void> {
  const statement = scopeStatement(scope, { readOnly: true });
  await client.query("BEGIN");
  await query({ text: statement.text, values: statement.values });
}

export const FLOOR_TIMING = { warmup: 10, iterations: 300, maxMs: 8_000, minIterations: 30 };

/** Times `body` run inside one scoped read-only transaction, sequentially on one connection. */
export async function timeFloor(appUrl: string, scope: FloorScope, body: (query: Query) => Promise<void>, before?: (query: Query) => Promise<void>) {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  const query = sender(client);
  try {
    return await timeIterations(async () => {
      // What the app does outside its transaction (the city's child list).
      await before?.(query);
      await beginScopedRead(client, query, scope);
      await body(query);
      await client.query("COMMIT");
    }, FLOOR_TIMING);
  } finally {
    await client.end();
  }
}

/**
 * What GET / queries for a leader: the linked-people lookup, headline, the
 * three breakdowns, indicator progress and trends, and the leader's focus
 * (light counts, red and yellow tasks, units overdue on reporting).
 */
export async function dashboardFloor(appUrl: string, scope: DashboardScope, userId: string, dates: DashboardDates): Promise<number[]> {
  const aggregates = await captureSql(async (tx) => {
    await getHeadline(tx, scope, dates);
    await getBreakdownBySection(tx, scope);
    await getBreakdownByLeadUnit(tx, scope);
    await getBreakdownByLeader(tx, scope);
    const today = todayInChina();
    await countTaskLights(tx, scope.tenantId, today, mineCondition(scope));
    await listLitTasks(tx, scope, today);
    await listOverdueUnits(tx, scope, today);
  });
  const [progress] = await captureSql((tx) => getIndicatorProgress(tx, scope));
  const linked: Statement = {
    text: "SELECT id, name FROM people WHERE tenant_id = $1::uuid AND user_id = $2::uuid ORDER BY name",
    values: [scope.tenantId, userId],
  };
  // Trends are read for the indicators that have an approved actual: find them once.
  let trends: Statement | undefined;
  await timeFloorOnce(appUrl, { tenantId: scope.tenantId, userId }, async (query) => {
    const rows = (await query(progress!)).rows as { id: string; actualValue: number | null }[];
    const ids = rows.filter((r) => r.actualValue !== null).map((r) => r.id);
    [trends] = await captureSql((tx) => getIndicatorTrends(tx, scope.tenantId, ids));
  });
  return timeFloor(appUrl, { tenantId: scope.tenantId, userId }, async (query) => {
    await query(linked);
    for (const s of aggregates) await query(s);
    await query(progress!);
    if (trends) await query(trends);
  });
}

async function timeFloorOnce(appUrl: string, scope: FloorScope, body: (query: Query) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  const query = sender(client);
  try {
    await beginScopedRead(client, query, scope);
    await body(query);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/**
 * The /tasks page's SQL for a plan + status filter, captured from the page's
 * own functions: the page of tasks with their plan, leaders, units and
 * targets and the filter's total (listTasks, one statement), the filter
 * form's options (getTaskListFacets, one statement), and the listed tasks'
 * group roll-ups (listTaskGroupRollups, for the ids the page returns).
 */
export async function taskListFloor(
  appUrl: string,
  f: { tenantId: string; userId: string; planId: string; status: string; page: number; q?: string },
): Promise<number[]> {
  const filter = parseTaskListFilter({ plan: f.planId, status: f.status, page: String(f.page), ...(f.q ? { q: f.q } : {}) });
  const today = todayInChina();
  // Each function's first statement (a stand-in answers no rows, so what follows an empty page is not the page's path).
  const first = async (run: (tx: Tx) => Promise<unknown>) => (await captureSql((tx) => run(tx).catch(() => undefined)))[0]!;
  const page = await first((tx) => listTasks(tx, { tenantId: f.tenantId, userId: f.userId }, filter, today));
  const facets = await first((tx) => getTaskListFacets(tx, f.tenantId, f.userId, filter));
  // The roll-ups are read for the ids the page lists: find them once. The staff member sees every unit.
  const staff = { userId: f.userId, role: "staff", tenant: { tenantId: f.tenantId, orgUnitId: null } } as unknown as TenantSession;
  let rollups: Statement | undefined;
  await timeFloorOnce(appUrl, { tenantId: f.tenantId, userId: f.userId }, async (query) => {
    const ids = (await query(page)).rows.map((r: { id: string }) => r.id);
    [rollups] = await captureSql((tx) => listTaskGroupRollups(tx, staff, ids));
  });
  return timeFloor(appUrl, { tenantId: f.tenantId, userId: f.userId }, async (query) => {
    await query(page);
    await query(facets);
    if (rollups) await query(rollups);
  });
}

/** GET /api/v1/compare: the city's child list, then the one comparison query (definition joined) in the children's read-only transaction. */
export async function compareFloor(
  appUrl: string,
  f: { cityId: string; userId: string; children: { id: string; code: string; name: string }[]; definition: { code: string } },
): Promise<number[]> {
  const [comparison] = await captureSql((tx) => readComparisons(tx, f.children, { code: f.definition.code }));
  const childList: Statement = { text: "SELECT id, code, name FROM tenants WHERE parent_id = $1::uuid ORDER BY code", values: [f.cityId] };
  return timeFloor(
    appUrl,
    { tenantId: f.cityId, userId: f.userId, childrenOf: f.cityId },
    async (query) => {
      await query(comparison!);
    },
    async (query) => void (await query(childList)),
  );
}
