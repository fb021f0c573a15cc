// A plan's bulletin (通报) for one reporting period: the units ranked, the
// leaders by their tasks' state, the plan's 亮灯 counts, its title and 文号.
// What the page, the .docx and the PDF all show.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { countTaskLights, type LightCounts } from "@/lib/supervision/count-task-lights";
import { getSupervisionSettings } from "@/lib/supervision/settings";
import { planBulletinTitle } from "@/lib/vocabulary";
import { choosePeriod, type BulletinPeriod } from "./bulletin-period";
import { bulletinNumberText, periodSequence } from "./document-number";
import { rankStandings, type Ranked } from "./rank";
import { readLeaderStandings, type LeaderStanding } from "./task-lights";
import { readUnitCounts, type UnitCounts } from "./unit-standings";

export type UnitStanding = Ranked<UnitCounts>;

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

export async function getPlanBulletin(
  tx: Tx,
  options: { tenantId: string; issuer: string; planId: string; periodId?: string; today: Date },
): Promise<PlanBulletin> {
  const { tenantId, issuer, today } = options;
  const { plan, period, opened, all } = await choosePeriod(tx, tenantId, options.planId, options.periodId, today);
  const { dueSoonDays } = await getSupervisionSettings(tx, tenantId);
  const units = rankStandings(await readUnitCounts(tx, tenantId, plan.id, period.id, today));
  const lights = await countTaskLights(tx, tenantId, today, Prisma.sql`AND t.plan_id = ${plan.id}::uuid`);
  const leaders = await readLeaderStandings(tx, tenantId, plan.id, today, dueSoonDays);
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
