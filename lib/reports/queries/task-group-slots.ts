// A task's slots that reached schools through a group unit, as the group's
// lines on the task page: per period and group, the roll-up (已报 n / m，逾期 k)
// and the members' slots to drill down to. Bureau roles only: a reporter sees
// their own unit's slots in the plain list (listTaskSlots), never a roll-up of
// other schools' work in progress.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SlotStatus } from "@/lib/generated/prisma/enums";
import { todayInChina } from "@/lib/reports/periods";
import { seesEveryUnit } from "@/lib/reports/reporter-scope";
import { isUnsubmittedSlot, rollUpSlots, type SlotRollup } from "@/lib/reports/slot-status";

/** The newest periods shown with their group lines (older ones are in the reports list). */
const PERIODS_SHOWN = 4;

export interface GroupMemberSlot {
  id: string;
  unitName: string;
  status: SlotStatus;
  overdue: boolean;
  progress: number | null;
}

export interface GroupLine extends SlotRollup {
  periodLabel: string;
  groupId: string;
  groupName: string;
  dueOn: Date;
  slots: GroupMemberSlot[];
}

export async function listTaskGroupLines(tx: Tx, session: TenantSession, taskId: string, today: Date = todayInChina()): Promise<GroupLine[]> {
  if (!seesEveryUnit(session)) return [];
  const tenantId = session.tenant.tenantId;
  const periods = await tx.reportingPeriod.findMany({
    where: { tenantId, slots: { some: { taskId, groupUnitId: { not: null } } } },
    orderBy: { startsOn: "desc" },
    take: PERIODS_SHOWN,
    select: { id: true, label: true, dueOn: true },
  });
  if (periods.length === 0) return [];
  const slots = await tx.reportSlot.findMany({
    where: { tenantId, taskId, periodId: { in: periods.map((p) => p.id) }, groupUnitId: { not: null } },
    orderBy: { orgUnit: { name: "asc" } },
    select: {
      id: true,
      status: true,
      dueOn: true,
      periodId: true,
      groupUnit: { select: { id: true, name: true } },
      orgUnit: { select: { name: true } },
      report: { select: { progress: true } },
    },
  });
  const lines: GroupLine[] = [];
  for (const period of periods) {
    const ofPeriod = slots.filter((s) => s.periodId === period.id && s.groupUnit);
    const groups = new Map(ofPeriod.map((s) => [s.groupUnit!.id, s.groupUnit!.name]));
    for (const [groupId, groupName] of [...groups].sort((a, b) => a[1].localeCompare(b[1], "zh"))) {
      const members = ofPeriod.filter((s) => s.groupUnit!.id === groupId);
      lines.push({
        periodLabel: period.label,
        groupId,
        groupName,
        dueOn: period.dueOn,
        ...rollUpSlots(members, today),
        slots: members.map((s) => ({
          id: s.id,
          unitName: s.orgUnit.name,
          status: s.status,
          overdue: isUnsubmittedSlot(s.status) && s.dueOn < today,
          progress: s.report?.progress ?? null,
        })),
      });
    }
  }
  return lines;
}
