// The public page (/public/<code>/<planId>, no session) under load: the
// measured district publishes its largest plan with everything shown
// (leaders too: the largest snapshot), and readers hammer it. After the
// warm-up every request is served from the process's snapshot cache
// (lib/public: invalidated by LISTEN/NOTIFY, 60 s TTL), so the database sees
// about one read a minute whatever the load. Target: p95 ≤ 50 ms at every
// connection count (decision 0038).
import { withPgClient } from "@/lib/db/provision";
import { fetchText, type BenchServer } from "../lib/http";
import type { Targets } from "../lib/province";
import type { Target } from "./page-load";

export const PUBLIC_TARGET_MS = 50;

/** Publishes the measured plan (idempotent: a second run finds it published) and returns its public path. */
export async function publishBenchPlan(ownerUrl: string, targets: Targets): Promise<string> {
  const { district, taskList } = targets;
  await withPgClient(ownerUrl, (c) =>
    c.query(
      `INSERT INTO plan_publications (tenant_id, plan_id, show_tasks, show_progress, show_indicators, show_leaders, updated_at)
       VALUES ($1, $2, true, true, true, true, now())
       ON CONFLICT (tenant_id, plan_id) DO UPDATE SET show_tasks = true, show_progress = true, show_indicators = true, show_leaders = true, updated_at = now()`,
      [district.id, taskList.planId],
    ),
  );
  return `/public/${district.code}/${taskList.planId}`;
}

/** The page answers 200 with its tasks, signed out, before any load is put on it. */
export async function checkPublicPage(server: BenchServer, path: string): Promise<void> {
  const { status, text } = await fetchText(server.origin, path, "");
  if (status !== 200 || !text.includes('data-testid="public-tasks"'))
    throw new Error(`${path}: HTTP ${status}, tasks ${text.includes("public-tasks") ? "found" : "missing"}`);
}

export const publicTarget: Target = (r) => ({ text: `p95 ≤ ${PUBLIC_TARGET_MS} ms`, met: r.errors === 0 && r.latency.p95 <= PUBLIC_TARGET_MS });

/** Transactions committed in the bench database so far: around the load, the difference shows the cache holding it off. */
export async function committedTransactions(ownerUrl: string): Promise<number> {
  return withPgClient(ownerUrl, async (c) => {
    // Statistics are flushed by each backend within a second; a snapshot read is taken afresh.
    await c.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await c.query<{ n: string }>("SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()");
    return Number(rows[0]!.n);
  });
}
