// A plan's bulletin (通报) for one reporting period: the units ranked, the
// leaders by their tasks' state, the plan's 亮灯 counts, its title and 文号.
// What the page, the .docx and the PDF all show.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { getSupervisionSettings } from "@/lib/supervision/settings";
import { planBulletinTitle } from "@/lib/vocabulary";
import { choosePeriod, type BulletinPeriod } from "./choose-period";
import { bulletinNumberText, periodSequence } from "./document-number";
import { byName, compareFractionsDesc, fractionValue, rankRows } from "./rank";
import { readTaskLights, type LeaderStanding, type LightCounts } from "./task-lights";
import { readUnitCounts, type UnitCounts } from "./unit-standings";

export interface UnitStanding extends UnitCounts {
  rank: number;
  /** onTime / slots, 0..1; null when the unit has no slot in the period. */
  onTimeRate: number | null;
  /** done / tasks, 0..1; null when it carries no task. */
  doneRate: number | null;
}

export interface PlanBulletin {
  issuer: string;
  title: string;
  documentNumber: string;
  plan: { id: string; title: string };
  period: BulletinPeriod;
  opened: BulletinPeriod[];
  today: Date;
  dueSoonDays: number;
  units: UnitStanding[];
  leaders: LeaderStanding[];
  lights: LightCounts;
  totals: { slots: number; onTime: number; overdue: number };
}

/**
 * Units rank by 按时报送率 (higher first), then 完成率 (higher first), then 逾期数
 * (fewer first); equal on all three share a rank (1, 1, 3) and are listed by name.
 */
export function rankUnits(rows: UnitCounts[]): UnitStanding[] {
  const onTime = (u: UnitCounts) => ({ numerator: u.onTime, denominator: u.slots });
  const done = (u: UnitCounts) => ({ numerator: u.done, denominator: u.tasks });
  return rankRows(
    rows,
    (a, b) => compareFractionsDesc(onTime(a), onTime(b)) || compareFractionsDesc(done(a), done(b)) || a.overdue - b.overdue,
    byName,
  ).map((u) => ({ ...u, onTimeRate: fractionValue(onTime(u)), doneRate: fractionValue(done(u)) }));
}

export async function getPlanBulletin(
  tx: Tx,
  options: { tenantId: string; issuer: string; planId: string; periodId?: string; today: Date },
): Promise<PlanBulletin> {
  const { tenantId, issuer, today } = options;
  const { plan, period, opened, all } = await choosePeriod(tx, tenantId, options.planId, options.periodId, today);
  const { dueSoonDays } = await getSupervisionSettings(tx, tenantId);
  const units = rankUnits(await readUnitCounts(tx, tenantId, plan.id, period.id, today));
  const { lights, leaders } = await readTaskLights(tx, tenantId, plan.id, today, dueSoonDays);
  const sum = (key: "slots" | "onTime" | "overdue") => units.reduce((total, u) => total + u[key], 0);
  return {
    issuer,
    title: planBulletinTitle(period.label, plan.title),
    documentNumber: bulletinNumberText(issuer, period.endsOn.getUTCFullYear(), periodSequence(period, all)),
    plan,
    period,
    opened,
    today,
    dueSoonDays,
    units,
    leaders,
    lights,
    totals: { slots: sum("slots"), onTime: sum("onTime"), overdue: sum("overdue") },
  };
}
