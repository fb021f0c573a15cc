// One digest per person per day, never one message per item: reporters hear
// about their unit's due and overdue slots, bureau staff about reports waiting
// for review and overdue units. The unique (tenant, user, kind, day) key caps
// it even if the job runs twice. Through lib/inbox/notify.ts like every
// notice, so the e-mail copies and each unit's group-robot digest are queued
// in the same transaction, keyed by the day (the deliver-outbox job sends them).
import "server-only";
import { overdueSlotWhere } from "@/lib/reports/slot-status";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/tenant-scope";
import { notifyUnitRobots, notifyUsers, type UnitMessage } from "@/lib/inbox/notify";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { staffQueueCounts } from "@/lib/supervision/queries/staff-queue-counts";
import { AWAITING_ACK_LABEL, SLIP_OVERDUE_LABEL, SLIPS_AWAITING_LABEL, STAFF_QUEUES } from "@/lib/vocabulary";
import { forEachBureau } from "./tenant-loop";

/**
 * Report slots due within this many days are mentioned before they are late.
 * Not the per-bureau 亮灯 N (lib/supervision/light.ts): a quarterly slot is a
 * few days' work, a task's deadline months', so their warnings differ.
 */
export const SLOT_DUE_SOON_DAYS = 3;

interface Digest {
  userId: string;
  lines: string[];
  link: string;
}

interface SlotCounts {
  overdue: number;
  due_soon: number;
  returned: number;
}

interface UnitCounts extends SlotCounts {
  org_unit_id: string;
  name: string;
  /** Slots owed within SLOT_DUE_SOON_DAYS (the group robot speaks only then). */
  owing: number;
  to_acknowledge: number;
  slips_awaiting: number;
  slips_late: number;
}

/** Returns the people who got a digest (a second run on the same day: 0). */
export async function sendDailyDigests(client: PrismaClient, today = todayInChina()): Promise<number> {
  const perTenant = await forEachBureau(client, async (tx, tenantId) => {
    const units = await unitCounts(tx, tenantId, today);
    const digests = [...(await reporterDigests(tx, tenantId, units)), ...(await staffDigests(tx, tenantId, today))];
    const message = (lines: string[], link: string): UnitMessage => ({
      kind: "digest",
      title: `${formatDate(today)} 待办提醒`,
      body: lines.join("\n"),
      link,
      key: `digest:${isoDay(today)}`,
      digestDate: today,
    });
    await notifyUnitRobots(
      tx,
      tenantId,
      units
        .filter((u) => u.owing > 0)
        .map((u) => ({
          orgUnitId: u.org_unit_id,
          message: { ...message(slotLines(u), "/reports"), title: `${formatDate(today)} ${u.name}待办提醒` },
        })),
    );
    return notifyUsers(
      tx,
      tenantId,
      digests.map((d) => ({ userId: d.userId, message: message(d.lines, d.link) })),
    );
  });
  return perTenant.reduce((sum, n) => sum + n, 0);
}

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

function slotLines(r: SlotCounts): string[] {
  return [
    r.overdue ? `逾期未报：${r.overdue} 项` : "",
    r.due_soon ? `${SLOT_DUE_SOON_DAYS} 天内到期：${r.due_soon} 项` : "",
    r.returned ? `被退回待修改：${r.returned} 项` : "",
  ].filter(Boolean);
}

/** What a unit's reporters owe on the 督办 side: assignments to sign for, 督办单 to answer. */
function supervisionLines(r: Pick<UnitCounts, "to_acknowledge" | "slips_awaiting" | "slips_late">): string[] {
  return [
    r.to_acknowledge ? `${AWAITING_ACK_LABEL}：${r.to_acknowledge} 项` : "",
    r.slips_awaiting ? `${SLIPS_AWAITING_LABEL}：${r.slips_awaiting} 份` + (r.slips_late ? `（其中${SLIP_OVERDUE_LABEL} ${r.slips_late} 份）` : "") : "",
  ].filter(Boolean);
}

/**
 * Per unit, one statement for both the group robots and the reporters: slots
 * owed soon, assignments awaiting 签收, 督办单 awaiting a reply. Units owing
 * nothing are left out.
 */
async function unitCounts(tx: Tx, tenantId: string, today: Date): Promise<UnitCounts[]> {
  const soon = new Date(today.getTime() + SLOT_DUE_SOON_DAYS * 86_400_000);
  return tx.$queryRaw<UnitCounts[]>`
    SELECT * FROM (
      SELECT u.id AS org_unit_id, u.name,
        (SELECT count(*) FROM report_slots s WHERE s.tenant_id = u.tenant_id AND s.org_unit_id = u.id
           AND s.status IN ('open', 'draft', 'returned') AND s.due_on <= ${soon}::date)::int AS owing,
        (SELECT count(*) FROM report_slots s WHERE s.tenant_id = u.tenant_id AND s.org_unit_id = u.id
           AND s.status IN ('open', 'draft', 'returned') AND s.due_on < ${today}::date)::int AS overdue,
        (SELECT count(*) FROM report_slots s WHERE s.tenant_id = u.tenant_id AND s.org_unit_id = u.id
           AND s.status IN ('open', 'draft', 'returned') AND s.due_on >= ${today}::date AND s.due_on <= ${soon}::date)::int AS due_soon,
        (SELECT count(*) FROM report_slots s WHERE s.tenant_id = u.tenant_id AND s.org_unit_id = u.id
           AND s.status = 'returned' AND s.due_on <= ${soon}::date)::int AS returned,
        (SELECT count(*) FROM task_units tu WHERE tu.tenant_id = u.tenant_id AND tu.org_unit_id = u.id
           AND tu.assigned_at IS NOT NULL AND tu.acknowledged_at IS NULL)::int AS to_acknowledge,
        (SELECT count(*) FROM supervision_slips sl WHERE sl.tenant_id = u.tenant_id AND sl.org_unit_id = u.id
           AND sl.replied_at IS NULL)::int AS slips_awaiting,
        (SELECT count(*) FROM supervision_slips sl WHERE sl.tenant_id = u.tenant_id AND sl.org_unit_id = u.id
           AND sl.replied_at IS NULL AND sl.reply_by < ${today}::date)::int AS slips_late
      FROM org_units u
      WHERE u.tenant_id = ${tenantId}::uuid
    ) c
    WHERE c.owing + c.to_acknowledge + c.slips_awaiting > 0`;
}

/** Each active reporter hears about the units they report for, summed if several. */
async function reporterDigests(tx: Tx, tenantId: string, units: UnitCounts[]): Promise<Digest[]> {
  if (!units.length) return [];
  const byUnit = new Map(units.map((u) => [u.org_unit_id, u]));
  const reporters = await tx.membership.findMany({
    where: { tenantId, role: "unit_reporter", orgUnitId: { in: [...byUnit.keys()] }, user: { isActive: true } },
    select: { userId: true, orgUnitId: true },
  });
  const sums = new Map<string, Omit<UnitCounts, "org_unit_id" | "name">>();
  for (const m of reporters) {
    const u = byUnit.get(m.orgUnitId!)!;
    const sum = sums.get(m.userId) ?? { owing: 0, overdue: 0, due_soon: 0, returned: 0, to_acknowledge: 0, slips_awaiting: 0, slips_late: 0 };
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += u[k];
    sums.set(m.userId, sum);
  }
  return [...sums].map(([userId, sum]) => ({ userId, link: "/reports", lines: [...slotLines(sum), ...supervisionLines(sum)] }));
}

/** The home page's 待办 row, in words, plus the units' overdue slots; only queues that hold something. */
async function staffDigests(tx: Tx, tenantId: string, today: Date): Promise<Digest[]> {
  const queues = await staffQueueCounts(tx, tenantId);
  const overdue = await tx.reportSlot.count({ where: { tenantId, ...overdueSlotWhere(today) } });
  const lines = [
    queues.toReview ? `待审核报告：${queues.toReview} 份` : "",
    overdue ? `逾期未报的填报任务：${overdue} 项` : "",
    ...STAFF_QUEUES.filter((q) => q.key !== "toReview" && queues[q.key] > 0).map((q) => `${q.label}：${queues[q.key]} 项`),
  ].filter(Boolean);
  if (!lines.length) return [];
  const staff = await tx.membership.findMany({
    where: { tenantId, role: { in: ["bureau_admin", "bureau_staff"] }, user: { isActive: true } },
    select: { userId: true },
  });
  return staff.map((s) => ({ userId: s.userId, lines, link: "/review" }));
}
