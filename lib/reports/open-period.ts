// Opening a reporting period creates a report slot for each task's lead and
// responsible units (cooperating units add theirs on demand). Idempotent:
// opening an open period again adds only slots for links made since.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { periodContaining, type PeriodSpec } from "./periods";

type Db = Tx | PrismaClient;

export async function openReportingPeriod(tx: Db, tenantId: string, planId: string, spec: PeriodSpec) {
  const plan = await tx.plan.findFirst({ where: { id: planId, tenantId }, select: { id: true, startYear: true, endYear: true } });
  if (!plan) throw new NotFoundError();
  const year = spec.startsOn.getUTCFullYear();
  if (year < plan.startYear || year > plan.endYear) throw new UserFacingError(`该期间不在规划期（${plan.startYear}–${plan.endYear}年）内`);
  const period = await tx.reportingPeriod.upsert({
    where: { tenantId_planId_startsOn: { tenantId, planId, startsOn: spec.startsOn } },
    create: { tenantId, planId, label: spec.label, startsOn: spec.startsOn, endsOn: spec.endsOn, dueOn: spec.dueOn },
    update: {},
  });
  const created = await tx.$executeRaw`
    INSERT INTO report_slots (id, tenant_id, period_id, task_id, org_unit_id, unit_role, due_on, status, created_at, updated_at)
    SELECT gen_random_uuid(), tu.tenant_id, ${period.id}::uuid, tu.task_id, tu.org_unit_id, tu.role, ${period.dueOn}::date, 'open', now(), now()
    FROM task_units tu JOIN tasks t ON t.tenant_id = tu.tenant_id AND t.id = tu.task_id
    WHERE tu.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid AND tu.role IN ('lead', 'responsible')
    ORDER BY t.position, tu.role
    ON CONFLICT (tenant_id, period_id, task_id, org_unit_id) DO NOTHING`;
  return { period, slotsCreated: created };
}

/** The period of `plan` containing `date`, clamped into the plan's years. */
export function currentPeriodSpec(frequency: Parameters<typeof periodContaining>[0], startYear: number, endYear: number, date: Date): PeriodSpec {
  const year = Math.min(Math.max(date.getUTCFullYear(), startYear), endYear);
  const clamped = year === date.getUTCFullYear() ? date : new Date(Date.UTC(year, year < date.getUTCFullYear() ? 11 : 0, 1));
  return periodContaining(frequency, clamped);
}
