// The FLOOR of each HTTP benchmark: the SQL behind the page, run through a
// bare `pg` client as the app role, inside one transaction scoped by the
// app's own scope statement (lib/db/scope-statement.ts: READ ONLY +
// set_config, so row-level security is paid for here too). What the page costs above this is the framework:
// session lookup, Prisma, rendering, HTTP.
//
// Where the app builds its SQL with $queryRaw (dashboard aggregates, city
// comparison) the very same statement is captured from the app's own
// function with a stand-in transaction, so the floor cannot drift from the
// code. Where the app uses Prisma's query builder (task list, facets) the
// equivalent SQL is written here.
import pg from "pg";
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
import type { DashboardScope } from "@/lib/dashboard/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE } from "@/lib/pagination";
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

type Query = (statement: Statement) => Promise<pg.QueryResult>;

export type FloorScope = ScopeSpec & { tenantId: string; userId: string };

/** BEGIN and the app's scope statement for a read (what readTenant / withChildTenants send). */
async function beginScopedRead(client: pg.Client, scope: FloorScope): Promise<void> {
  const statement = scopeStatement(scope, { readOnly: true });
  await client.query("BEGIN");
  await client.query(statement.text, statement.values);
}

export const FLOOR_TIMING = { warmup: 10, iterations: 300, maxMs: 8_000, minIterations: 30 };

/** Times `body` run inside one scoped read-only transaction, sequentially on one connection. */
export async function timeFloor(appUrl: string, scope: FloorScope, body: (query: Query) => Promise<void>, before?: (query: Query) => Promise<void>) {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  const query: Query = (s) => client.query(s.text, s.values);
  try {
    return await timeIterations(async () => {
      // What the app does outside its transaction (the city's child list).
      await before?.(query);
      await beginScopedRead(client, scope);
      await body(query);
      await client.query("COMMIT");
    }, FLOOR_TIMING);
  } finally {
    await client.end();
  }
}

/** Headline, the three breakdowns, indicator progress and trends, and the linked-people lookup: what GET / queries. */
export async function dashboardFloor(appUrl: string, scope: DashboardScope, userId: string, dates: DashboardDates): Promise<number[]> {
  const aggregates = await captureSql(async (tx) => {
    await getHeadline(tx, scope, dates);
    await getBreakdownBySection(tx, scope);
    await getBreakdownByLeadUnit(tx, scope);
    await getBreakdownByLeader(tx, scope);
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
  try {
    await beginScopedRead(client, scope);
    await body((s) => client.query(s.text, s.values));
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/**
 * The /tasks page's SQL for a plan + status filter: the page of tasks in the
 * list's order, the total, each listed task's leaders, units and targets, and
 * the filter form's options (what listTasks and getTaskListFacets ask Prisma for).
 */
export async function taskListFloor(appUrl: string, f: { tenantId: string; userId: string; planId: string; status: string; page: number }): Promise<number[]> {
  const where = 't.tenant_id = $1::uuid AND t.plan_id = $2::uuid AND t.status = $3::"TaskStatus"';
  const page: Statement = {
    text: `SELECT t.id, t.plan_id, t.section_id, t.number, t.position, t.title, t.status, t.progress, p.id AS p_id, p.title AS p_title
      FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      WHERE ${where} ORDER BY p.start_year DESC, t.plan_id, t.position LIMIT ${PAGE_SIZE} OFFSET $4`,
    values: [f.tenantId, f.planId, f.status, (f.page - 1) * PAGE_SIZE],
  };
  const count: Statement = { text: `SELECT count(*) FROM tasks t WHERE ${where}`, values: [f.tenantId, f.planId, f.status] };
  const children = (ids: string[]): Statement[] => [
    {
      text: `SELECT tl.task_id, pe.id, pe.name FROM task_leaders tl JOIN people pe ON pe.tenant_id = tl.tenant_id AND pe.id = tl.person_id
        WHERE tl.tenant_id = $1::uuid AND tl.task_id = ANY($2::uuid[]) ORDER BY pe.name`,
      values: [f.tenantId, ids],
    },
    {
      text: `SELECT tu.task_id, tu.role, u.id, u.name FROM task_units tu JOIN org_units u ON u.tenant_id = tu.tenant_id AND u.id = tu.org_unit_id
        WHERE tu.tenant_id = $1::uuid AND tu.task_id = ANY($2::uuid[])`,
      values: [f.tenantId, ids],
    },
    {
      text: `SELECT i.task_id, i.id, i.name, i.unit, i.comparator, i.target_value, i.target_max, i.target_year, i.origin
        FROM indicators i WHERE i.tenant_id = $1::uuid AND i.task_id = ANY($2::uuid[]) ORDER BY i.position`,
      values: [f.tenantId, ids],
    },
  ];
  const facets: Statement[] = [
    { text: "SELECT id, title FROM plans WHERE tenant_id = $1::uuid ORDER BY start_year DESC, title", values: [f.tenantId] },
    {
      text: `SELECT pe.id, pe.name FROM people pe WHERE pe.tenant_id = $1::uuid
        AND EXISTS (SELECT 1 FROM task_leaders tl WHERE tl.tenant_id = pe.tenant_id AND tl.person_id = pe.id) ORDER BY pe.name`,
      values: [f.tenantId],
    },
    {
      text: `SELECT u.id, u.name FROM org_units u WHERE u.tenant_id = $1::uuid
        AND EXISTS (SELECT 1 FROM task_units tu WHERE tu.tenant_id = u.tenant_id AND tu.org_unit_id = u.id) ORDER BY u.name`,
      values: [f.tenantId],
    },
    {
      text: "SELECT id, title FROM sections WHERE tenant_id = $1::uuid AND plan_id = $2::uuid AND parent_id IS NULL ORDER BY position",
      values: [f.tenantId, f.planId],
    },
    { text: "SELECT count(*) FROM people WHERE tenant_id = $1::uuid AND user_id = $2::uuid", values: [f.tenantId, f.userId] },
  ];
  return timeFloor(appUrl, { tenantId: f.tenantId, userId: f.userId }, async (query) => {
    const ids = (await query(page)).rows.map((r: { id: string }) => r.id);
    await query(count);
    for (const s of children(ids)) await query(s);
    for (const s of facets) await query(s);
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
