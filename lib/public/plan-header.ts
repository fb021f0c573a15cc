// The plan fields the public page may show (a whitelist: never source text,
// plan text or import details), and their snapshot shape.
import type { PublicPlanHeader } from "./types";

export const PUBLIC_PLAN_SELECT = { id: true, title: true, kind: true, startYear: true, endYear: true, documentNumber: true } as const;

type PlanRow = Omit<PublicPlanHeader, "publishedAt">;

export function toPlanHeader(plan: PlanRow, publishedAt: Date): PublicPlanHeader {
  return {
    id: plan.id,
    title: plan.title,
    kind: plan.kind,
    startYear: plan.startYear,
    endYear: plan.endYear,
    documentNumber: plan.documentNumber,
    publishedAt: publishedAt.toISOString(),
  };
}
