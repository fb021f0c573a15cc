// A district's plans: each built on one of the five documents (every section
// and task in its own order, with its own units) plus a share of a second
// document's task groups assigned to the district's departments; years moved
// into the reporting window, names localised, indicators mapped onto the
// catalogue by the app's own suggestion rules.
import type { UnitRole } from "@/lib/generated/prisma/enums";
import type { SimIndicator, SimTask } from "@/lib/simulation/types";
import { DAY_MS, isoTime, type CopyValue } from "./copy";
import { HOUR, SHAPE, type DistrictContext } from "./district-context";
import type { DistrictUnits, Leader, Unit } from "./district-people";
import { PlanBuilder } from "./plan-builder";
import type { PlanTemplate } from "./templates";

export interface PlannedTask extends SimTask {
  id: string;
  createdAt: number;
  /** The task row up to source_line; status, progress and history follow from the activity. */
  row: CopyValue[];
  /** Units with a report slot each period: lead first, one slot per unit. */
  slotUnits: { unit: Unit; role: UnitRole }[];
}

export interface PlannedIndicator extends Omit<SimIndicator<PlannedTask>, "targetValue" | "key"> {
  id: string;
  position: number;
  name: string;
  targetValue: number | null;
  definitionVersion: number | null;
}

export interface PlannedPlan {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  createdAt: number;
  tasks: PlannedTask[];
  indicators: PlannedIndicator[];
}

export function buildPlans(ctx: DistrictContext, leaders: Leader[], units: DistrictUnits): PlannedPlan[] {
  const { rng, spec } = ctx;
  const templates = spec.templates;
  const count = rng.int(SHAPE.plansPerDistrict[0], SHAPE.plansPerDistrict[1]);
  const order = rng.shuffle(templates.map((_, i) => i));
  const plans: PlannedPlan[] = [];
  for (let p = 0; p < count; p++) {
    const primary = templates[order[p % order.length]!]!;
    const secondary = templates[order[(p + 1 + rng.int(0, order.length - 2)) % order.length]!]!;
    const plan = addPlan(ctx, primary, p >= order.length);
    const builder = new PlanBuilder(ctx, plan, leaders, units);
    const lastNumber = builder.addPrimary(primary);
    builder.addSecondary(secondary, lastNumber);
    builder.addPlanIndicators(primary);
    plans.push(plan);
  }
  return plans;
}

/** The plan row: the document's title with the window's years, issued by the district the year before. */
function addPlan(ctx: DistrictContext, primary: PlanTemplate, secondRound: boolean): PlannedPlan {
  const { rng, ids, spec, localise } = ctx;
  const startYear = spec.periods[0]!.startsOn.getUTCFullYear();
  const lastYear = spec.periods[spec.periods.length - 1]!.startsOn.getUTCFullYear();
  const multiYear = primary.kind === "five_year" || primary.kind === "action_plan";
  const endYear = multiYear ? lastYear + rng.int(0, 1) : lastYear;
  const years = `${startYear}—${endYear}年`;
  const yearPattern = /“?十[一二三四五六七八九]五”?|\d{4}(?:[—-]\d{4})?年/;
  let title = localise(primary.title);
  title = yearPattern.test(title) ? title.replace(yearPattern, years) : `${title}（${years}）`;
  if (secondRound) title += "（第二轮）";
  const id = ids.uuid();
  const createdAt = ctx.setupAt + rng.int(3, 25) * DAY_MS + rng.int(1, 8) * HOUR;
  const issueMonth = rng.int(1, 11);
  ctx.t.plans.add([
    id,
    ctx.tenantId,
    title,
    primary.kind,
    startYear,
    endYear,
    primary.documentNumber ? `样${spec.code.slice(-3)}教发〔${startYear}〕${rng.int(1, 60)}号` : null,
    JSON.stringify({
      preamble: localise(primary.preamble),
      issuer: spec.name,
      issueDate: `${startYear - 1}-${String(issueMonth).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
      blocks: primary.planText.map((b) => ({ ...b, text: localise(b.text) })),
      warnings: [],
    }),
    null,
    null,
    "monthly",
    isoTime(createdAt),
    isoTime(createdAt),
  ]);
  return { id, title, startYear, endYear, createdAt, tasks: [], indicators: [] };
}
