// Opening a reporting period creates a report slot for each task's lead and
// responsible units (cooperating units add theirs on demand). Idempotent:
// opening an open period again adds only slots for links made since.
//
// A group unit (各中小学校、幼儿园) does not report: each of its members gets
// the slot instead, marked with the group it came through (group_unit_id) so
// the group's line can roll them up. A group without members keeps one slot
// of its own, as before groups had members, so no task loses its reporting;
// once it has members, that placeholder goes if nobody has started it. A unit
// that joins a group later (a new school, a widened rule) gets its slot the
// next time the period is opened: the daily open-periods job or 开启本期填报.
// One statement per step whatever the number of schools and tasks.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { groupMembershipSql } from "@/lib/org/group-members-sql";
import { NO_PRIMARY_UNIT_TASK_WHERE } from "@/lib/plans/queries/primary-unit";
import { periodContaining, type PeriodSpec } from "./periods";
import { formatPeriod } from "@/lib/format";

type Db = Tx | PrismaClient;

export async function openReportingPeriod(tx: Db, tenantId: string, planId: string, spec: PeriodSpec) {
  const plan = await tx.plan.findFirst({ where: { id: planId, tenantId }, select: { id: true, startYear: true, endYear: true } });
  if (!plan) throw new NotFoundError();
  const year = spec.startsOn.getUTCFullYear();
  if (year < plan.startYear || year > plan.endYear) throw new UserFacingError(`该期间不在规划期（${formatPeriod(plan.startYear, plan.endYear)}）内`);
  const period = await tx.reportingPeriod.upsert({
    where: { tenantId_planId_startsOn: { tenantId, planId, startsOn: spec.startsOn } },
    create: { tenantId, planId, label: spec.label, startsOn: spec.startsOn, endsOn: spec.endsOn, dueOn: spec.dueOn },
    update: {},
  });
  const created = await tx.$executeRaw`
    WITH links AS (
      SELECT tu.task_id, tu.org_unit_id, tu.role, t.position
      FROM task_units tu JOIN tasks t ON t.tenant_id = tu.tenant_id AND t.id = tu.task_id
      WHERE tu.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid AND tu.role IN ('lead', 'responsible')
    ),
    members AS (${groupMembershipSql(tenantId)}),
    targets AS (
      SELECT l.task_id, l.org_unit_id, l.role, NULL::uuid AS group_unit_id, l.position, 0 AS via_group
      FROM links l WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.group_id = l.org_unit_id)
      UNION ALL
      SELECT l.task_id, m.member_id, l.role, l.org_unit_id, l.position, 1
      FROM links l JOIN members m ON m.group_id = l.org_unit_id
    )
    INSERT INTO report_slots (id, tenant_id, period_id, task_id, org_unit_id, unit_role, group_unit_id, due_on, status, created_at, updated_at)
    -- A school linked to the task itself and through a group reports once, under its own link (lead before responsible).
    SELECT DISTINCT ON (task_id, org_unit_id)
      gen_random_uuid(), ${tenantId}::uuid, ${period.id}::uuid, task_id, org_unit_id, role, group_unit_id, ${period.dueOn}::date, 'open', now(), now()
    FROM targets
    ORDER BY task_id, org_unit_id, via_group, role
    ON CONFLICT (tenant_id, period_id, task_id, org_unit_id) DO NOTHING`;
  await dropGroupPlaceholders(tx, tenantId, period.id);
  // A task naming neither a lead nor a responsible unit gets no slot: nobody is asked to report on it.
  // Staff are told how many, so "新增 0 个填报任务" is never the whole answer.
  const tasksWithoutUnit = await tx.task.count({ where: { tenantId, planId, ...NO_PRIMARY_UNIT_TASK_WHERE } });
  return { period, slotsCreated: created, tasksWithoutUnit };
}

/** A group's own slot, opened while it had no members, once its members have theirs and nobody started it. */
async function dropGroupPlaceholders(tx: Db, tenantId: string, periodId: string) {
  await tx.$executeRaw`
    DELETE FROM report_slots s
    WHERE s.tenant_id = ${tenantId}::uuid AND s.period_id = ${periodId}::uuid
      AND EXISTS (SELECT 1 FROM report_slots c WHERE c.tenant_id = s.tenant_id AND c.period_id = s.period_id AND c.task_id = s.task_id AND c.group_unit_id = s.org_unit_id)
      AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = s.tenant_id AND r.slot_id = s.id)`;
}

/** The period of `plan` containing `date`, clamped into the plan's years. */
export function currentPeriodSpec(frequency: Parameters<typeof periodContaining>[0], startYear: number, endYear: number, date: Date): PeriodSpec {
  const year = Math.min(Math.max(date.getUTCFullYear(), startYear), endYear);
  const clamped = year === date.getUTCFullYear() ? date : new Date(Date.UTC(year, year < date.getUTCFullYear() ? 11 : 0, 1));
  return periodContaining(frequency, clamped);
}
