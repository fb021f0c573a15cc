// What the city viewer sees first on opening a district (/districts/[code]):
// its headline counts, its plans, its red and yellow tasks, its indicators
// against their targets counted by judgement, and the units furthest behind on
// reporting. One read-only transaction on the district alone
// (withChildTenant: the district must sit under the caller's city), each part
// the same reading the district's own pages and the sub-pages use.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { countByJudgement } from "@/lib/dashboard/indicator-page";
import { getIndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { listLitTasks } from "@/lib/dashboard/lit-tasks";
import { withChildTenant, type ChildTenant } from "@/lib/db/tenant-scope";
import type { Page } from "@/lib/pagination";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
import { todayInChina } from "@/lib/reports/periods";
import type { Judgement } from "@/lib/vocabulary";
import { readDistrictCompletion, type DistrictCompletion } from "./district-completion";
import { listDistrictPlans, type DistrictPlanRow } from "./list-district-plans";
import { listDistrictUnits, type DistrictUnitRow } from "./list-district-units";

/** How many units the overview names before linking to the full list. */
export const OVERVIEW_UNITS_SHOWN = 5;

export interface DistrictOverview {
  district: ChildTenant;
  counts: DistrictCompletion;
  plans: Page<DistrictPlanRow>;
  litTasks: TaskListRow[];
  indicators: { total: number; byJudgement: Record<Judgement, number> };
  units: Page<DistrictUnitRow>;
}

export async function getDistrictOverview(session: TenantSession, code: string, today: Date = todayInChina()): Promise<DistrictOverview> {
  return withChildTenant(session, code, async (tx, district) => {
    const [counts] = await readDistrictCompletion(tx, [district], today);
    const plans = await listDistrictPlans(tx, district.id, 1, today);
    const litTasks = await listLitTasks(tx, { tenantId: district.id, mineUserId: null }, today);
    const indicators = await getIndicatorProgress(tx, { tenantId: district.id, mineUserId: null });
    const units = await listDistrictUnits(tx, district.id, 1, today);
    return {
      district,
      counts: counts!,
      plans,
      litTasks,
      indicators: { total: indicators.length, byJudgement: countByJudgement(indicators) },
      units: { ...units, items: units.items.slice(0, OVERVIEW_UNITS_SHOWN) },
    };
  });
}
