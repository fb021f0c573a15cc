// A published plan's one-line description: kind · years · 文号.
import { formatPeriod } from "@/lib/format";
import type { PublicPlanHeader } from "@/lib/public/types";
import { PLAN_KIND_LABELS } from "@/lib/vocabulary";

export function planDescription(plan: PublicPlanHeader): string {
  return [PLAN_KIND_LABELS[plan.kind], formatPeriod(plan.startYear, plan.endYear), plan.documentNumber ? `文号 ${plan.documentNumber}` : null]
    .filter(Boolean)
    .join(" · ");
}
