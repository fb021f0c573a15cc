// Which reporting period a plan's bulletin reports on: the one asked for (it
// must be the plan's), else the latest that has opened (starts_on ≤ today).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { BULLETIN_MESSAGES } from "@/lib/vocabulary";

export interface BulletinPeriod {
  id: string;
  label: string;
  startsOn: Date;
  endsOn: Date;
  dueOn: Date;
}

export interface PeriodChoice {
  plan: { id: string; title: string };
  period: BulletinPeriod;
  /** The plan's opened periods, latest first: the picker's options. */
  opened: BulletinPeriod[];
  /** Every period of the plan (the 文号's sequence counts them). */
  all: BulletinPeriod[];
}

/** By id AND tenant: another tenant's plan or period is not found (404); a plan with no opened period is a 409. */
export async function choosePeriod(tx: Tx, tenantId: string, planId: string, periodId: string | undefined, today: Date): Promise<PeriodChoice> {
  const plan = await tx.plan.findFirst({
    where: { id: planId, tenantId },
    select: { id: true, title: true, periods: { select: { id: true, label: true, startsOn: true, endsOn: true, dueOn: true }, orderBy: { startsOn: "desc" } } },
  });
  if (!plan) throw new NotFoundError();
  const all = plan.periods;
  const opened = all.filter((p) => p.startsOn <= today);
  const period = periodId ? all.find((p) => p.id === periodId) : opened[0];
  if (periodId && !period) throw new NotFoundError("填报期不存在或不属于该规划");
  if (!period) throw new ConflictError(BULLETIN_MESSAGES.noOpenedPeriod);
  return { plan: { id: plan.id, title: plan.title }, period, opened, all };
}
