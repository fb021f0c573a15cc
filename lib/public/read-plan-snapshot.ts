// One published plan as the public page shows it, reading only what its
// publication chose to show. Null when the plan is not published (or not
// this bureau's: RLS and the tenant filter both say so).
import "server-only";
import type { PublishedTenant, Tx } from "@/lib/db/tenant-scope";
import type { PublicPlanSnapshot } from "./types";
import { PUBLIC_PLAN_SELECT, toPlanHeader } from "./plan-header";
import { readPublicIndicators } from "./read-public-indicators";
import { readPublicSections } from "./read-public-sections";
import { readTaskSummary } from "./read-task-summary";

export async function readPlanSnapshot(tx: Tx, tenant: PublishedTenant, planId: string): Promise<PublicPlanSnapshot | null> {
  const publication = await tx.planPublication.findFirst({
    where: { tenantId: tenant.id, planId },
    select: {
      showTasks: true,
      showProgress: true,
      showIndicators: true,
      showLeaders: true,
      publishedAt: true,
      plan: { select: PUBLIC_PLAN_SELECT },
    },
  });
  if (!publication) return null;
  const shown = {
    tasks: publication.showTasks,
    progress: publication.showProgress,
    indicators: publication.showIndicators,
    // Leaders are named beside tasks: without tasks there is nothing to name them by.
    leaders: publication.showLeaders && publication.showTasks,
  };
  return {
    bureau: { code: tenant.code, name: tenant.name },
    plan: toPlanHeader(publication.plan, publication.publishedAt),
    shown,
    summary: shown.progress ? await readTaskSummary(tx, tenant.id, planId) : null,
    sections: shown.tasks ? await readPublicSections(tx, tenant.id, planId, shown) : null,
    indicators: shown.indicators ? await readPublicIndicators(tx, tenant.id, planId) : null,
    readAt: new Date().toISOString(),
  };
}
