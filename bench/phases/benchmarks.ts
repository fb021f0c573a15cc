// Phase 5: each selected benchmark in turn, after the framework's ceiling (a
// route with no database), in the order the results table lists them.
import type { BenchServer } from "../lib/http";
import type { measureParse } from "../lib/parse";
import type { Summary } from "../lib/stats";
import type { Floors } from "./floors";
import type { Log } from "./lifecycle";
import type { RunOptions } from "./options";
import { latencyTarget, measurePage, type Results, type Target } from "./page-load";
import type { Pages } from "./pages";
import type { PdfParseResult } from "../lib/parse-pdf";
import { parseRow, pdfParseRow } from "./parse-row";
import type { Prepared } from "./prepare";
import type { Sessions } from "./sign-in";
import { checkSearch, searchPaths, searchTarget } from "./search-load";
import { directFloorTarget, measureSubmit } from "./submit-load";
import { checkPublicPage, committedTransactions, publicTarget, publishBenchPlan } from "./public-load";

/** A page's p95 at one connection, for pages with no SQL floor of their own. */
const p95Target =
  (ms: number): Target =>
  (r, connections) =>
    connections === 1 ? { text: `p95 ≤ ${ms} ms`, met: r.errors === 0 && r.latency.p95 <= ms } : null;
/** A district's overview is a page like the dashboard: p95 under 300 ms at one connection. */
const drilldownTarget = p95Target(300);
/** A task's own page, as staff open it to 督办: p95 under 150 ms, as the dashboards. */
const taskPageTarget = p95Target(150);

export interface BenchInputs {
  server: BenchServer;
  prepared: Prepared;
  sessions: Sessions;
  pages: Pages;
  floors: Floors;
  parse: Awaited<ReturnType<typeof measureParse>> | null;
  pdf: PdfParseResult | null;
}

export async function runBenchmarks(inputs: BenchInputs, options: RunOptions, log: Log): Promise<Results & { submissions: Record<string, unknown> | null }> {
  const { server, sessions, pages, floors } = inputs;
  const results: Results = { rows: [], rssPeakDashboard: 0 };
  const page = (name: string, path: string, cookie: string | undefined, floor: Summary | null, target?: Target) =>
    measurePage(server, options, results, { name, path, cookie, floor, target }, log);

  await page("health (ceiling)", "/api/v1/health", undefined, null);
  if (options.selected("dashboard")) {
    await page("dashboard / leader", pages.dashboard, sessions.leaderCookie, floors.dashboardMine, latencyTarget(floors.dashboardMine, 150));
    await page("dashboard /?mine=0", pages.dashboardTenant, sessions.leaderCookie, floors.dashboardTenant, latencyTarget(floors.dashboardTenant, 150));
  }
  if (options.selected("tasks")) {
    await page("tasks page 1", pages.tasksFirst, sessions.staffCookie, floors.tasksFirst);
    await page(`tasks page ${inputs.prepared.targets.taskList.deepPage}`, pages.tasksDeep, sessions.staffCookie, floors.tasksDeep);
    // The same list with no rows: what the page costs before its first row (layout, session, filter form).
    await page("tasks, none found", pages.tasksNone, sessions.staffCookie, floors.tasksNone);
    await page("task page", pages.task, sessions.staffCookie, null, taskPageTarget);
  }
  const { db } = inputs.prepared;
  const submissions = options.selected("submit")
    ? await measureSubmit(server, db.ownerUrl, sessions.reporters, directFloorTarget(db), options, results, log)
    : null;
  if (options.selected("compare")) await page("city compare", pages.compare, sessions.viewerCookie, floors.compare, latencyTarget(floors.compare, 300));
  // The city's drill-down into its busiest district (overview: counts, plans, red/yellow tasks, indicators, units), as its viewer.
  if (options.selected("drilldown")) await page("city drill-down", pages.drilldown, sessions.viewerCookie, null, drilldownTarget);
  if (options.selected("search")) {
    await checkSearch(server, sessions.staffCookie);
    const paths = searchPaths();
    await measurePage(
      server,
      options,
      results,
      { name: `search (${paths.length} queries: 1, 2, 3+ chars)`, path: paths[0]!, paths, cookie: sessions.staffCookie, floor: null, target: searchTarget },
      log,
    );
  }
  if (options.selected("public")) {
    const path = await publishBenchPlan(inputs.prepared.db.ownerUrl, inputs.prepared.targets);
    await checkPublicPage(server, path);
    const before = await committedTransactions(inputs.prepared.db.ownerUrl);
    await page("public plan page (signed out)", path, undefined, null, publicTarget);
    const requests = results.rows.filter((r) => r.name.startsWith("public plan page")).reduce((n, r) => n + (r.requests ?? 0), 0);
    log(
      `public plan page: ${requests} requests, ${(await committedTransactions(inputs.prepared.db.ownerUrl)) - before} database transactions meanwhile (any: the listener's pings and this count's own included)`,
    );
  }
  if (inputs.parse) results.rows.push(parseRow(inputs.parse));
  if (inputs.pdf) results.rows.push(pdfParseRow(inputs.pdf));
  return { ...results, submissions };
}
