// Suggests, for each task of an annual plan, the five-year task or indicator
// it moves (decision 0036): one statement, set-based.
//
// Candidates come from the bureau's five-year plans whose years overlap the
// plan's: (a) shared catalogue codes — the annual task's own indicators and a
// five-year indicator confirmed-mapped to the same definition (a five-year
// indicator stated in a task's text suggests that task; one of the plan's
// indicator table, the indicator); (b) similar wording — the titles' core
// words (wording.ts) at least WORDING_THRESHOLD similar (pg_trgm). A pair
// found both ways gets both reasons and the higher score. Pairs staff already
// decided (confirmed or removed = rejected) are never offered again, and a
// task with a confirmed link gets no more suggestions. Recomputing updates
// the reason and score of standing suggestions in place (same ids), drops
// suggestions no longer made, and never touches confirmed or rejected rows.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { UserFacingError } from "@/lib/errors";
import { loadThreadPlan } from "./load-plan";
import { THREAD_MESSAGES as M } from "./messages";
import { GENERIC_WORDS, SUGGESTIONS_PER_TASK, WORDING_THRESHOLD } from "./wording";

export interface SuggestResult {
  planId: string;
  /** Suggestions standing after the run. */
  suggested: number;
  added: number;
  dropped: number;
}

export async function suggestLinks(tx: Tx, session: TenantSession, input: { planId: string }): Promise<SuggestResult> {
  const tenantId = session.tenant.tenantId;
  const plan = await loadThreadPlan(tx, tenantId, input.planId);
  if (plan.kind === "five_year") throw new UserFacingError(M.fiveYearPlan);
  const [row] = await tx.$queryRaw<{ suggested: number; added: number; dropped: number }[]>`
    WITH src AS (
      SELECT t.id, regexp_replace(t.title, ${GENERIC_WORDS}, '', 'g') AS core
      FROM tasks t
      WHERE t.tenant_id = ${tenantId}::uuid AND t.plan_id = ${plan.id}::uuid
        AND NOT EXISTS (SELECT 1 FROM task_links c WHERE c.tenant_id = t.tenant_id AND c.from_task_id = t.id AND c.state = 'confirmed')
    ),
    five AS (
      SELECT p.id FROM plans p
      WHERE p.tenant_id = ${tenantId}::uuid AND p.kind = 'five_year' AND p.start_year <= ${plan.endYear} AND p.end_year >= ${plan.startYear}
    ),
    found AS (
      SELECT s.id AS from_id, fi.task_id AS to_task, CASE WHEN fi.task_id IS NULL THEN fi.id END AS to_ind, d.name, NULL::float8 AS sim
      FROM src s
      JOIN indicators ai ON ai.tenant_id = ${tenantId}::uuid AND ai.task_id = s.id AND ai.mapping_state = 'confirmed'
      JOIN indicators fi ON fi.tenant_id = ${tenantId}::uuid AND fi.definition_id = ai.definition_id AND fi.mapping_state = 'confirmed'
      JOIN five f ON f.id = fi.plan_id
      JOIN indicator_definitions d ON d.id = ai.definition_id
      UNION ALL
      SELECT s.id, ft.id, NULL, NULL, similarity(s.core, ft.core)
      FROM src s
      JOIN (SELECT t.id, regexp_replace(t.title, ${GENERIC_WORDS}, '', 'g') AS core
            FROM tasks t JOIN five f ON f.id = t.plan_id WHERE t.tenant_id = ${tenantId}::uuid) ft
        ON similarity(s.core, ft.core) >= ${WORDING_THRESHOLD}
    ),
    pairs AS (
      SELECT from_id, to_task, to_ind, string_agg(DISTINCT name, '、') AS names, max(sim) AS sim
      FROM found
      WHERE NOT EXISTS (
        SELECT 1 FROM task_links d
        WHERE d.tenant_id = ${tenantId}::uuid AND d.from_task_id = found.from_id AND d.state <> 'suggested'
          AND d.to_task_id IS NOT DISTINCT FROM found.to_task AND d.to_indicator_id IS NOT DISTINCT FROM found.to_ind)
      GROUP BY from_id, to_task, to_ind
    ),
    ranked AS (
      SELECT *, (names IS NOT NULL)::int + COALESCE(sim, 0) AS score,
        row_number() OVER (PARTITION BY from_id ORDER BY (names IS NOT NULL)::int + COALESCE(sim, 0) DESC, to_task, to_ind) AS rank
      FROM pairs
    ),
    chosen AS (
      SELECT from_id, to_task, to_ind, score,
        concat_ws('；', ${M.sharedCodeOpen}::text || names || ${M.sharedCodeClose}::text, CASE WHEN sim IS NOT NULL THEN ${M.similarWording}::text END) AS reason
      FROM ranked WHERE rank <= ${SUGGESTIONS_PER_TASK}
    ),
    dropped AS (
      DELETE FROM task_links l
      USING tasks t
      WHERE l.tenant_id = ${tenantId}::uuid AND l.state = 'suggested'
        AND t.tenant_id = l.tenant_id AND t.id = l.from_task_id AND t.plan_id = ${plan.id}::uuid
        AND NOT EXISTS (
          SELECT 1 FROM chosen c WHERE c.from_id = l.from_task_id
            AND c.to_task IS NOT DISTINCT FROM l.to_task_id AND c.to_ind IS NOT DISTINCT FROM l.to_indicator_id)
      RETURNING 1
    ),
    to_tasks AS (
      INSERT INTO task_links (id, tenant_id, from_task_id, to_task_id, state, reason, score)
      SELECT gen_random_uuid(), ${tenantId}::uuid, from_id, to_task, 'suggested', reason, score FROM chosen WHERE to_task IS NOT NULL
      ON CONFLICT (tenant_id, from_task_id, to_task_id) WHERE to_task_id IS NOT NULL
      DO UPDATE SET reason = EXCLUDED.reason, score = EXCLUDED.score WHERE task_links.state = 'suggested'
      RETURNING (xmax = 0) AS added
    ),
    to_indicators AS (
      INSERT INTO task_links (id, tenant_id, from_task_id, to_indicator_id, state, reason, score)
      SELECT gen_random_uuid(), ${tenantId}::uuid, from_id, to_ind, 'suggested', reason, score FROM chosen WHERE to_ind IS NOT NULL
      ON CONFLICT (tenant_id, from_task_id, to_indicator_id) WHERE to_indicator_id IS NOT NULL
      DO UPDATE SET reason = EXCLUDED.reason, score = EXCLUDED.score WHERE task_links.state = 'suggested'
      RETURNING (xmax = 0) AS added
    )
    SELECT (SELECT count(*) FROM chosen)::int AS suggested,
      (SELECT count(*) FROM (SELECT added FROM to_tasks UNION ALL SELECT added FROM to_indicators) a WHERE added)::int AS added,
      (SELECT count(*) FROM dropped)::int AS dropped`;
  const result = { planId: plan.id, ...row! };
  // A run that changed nothing is not an event worth the trail.
  if (result.added + result.dropped > 0) {
    await recordAudit(tx, session, { action: "task_link.suggest", entityType: "plan", entityId: plan.id, after: { ...result } });
  }
  return result;
}
