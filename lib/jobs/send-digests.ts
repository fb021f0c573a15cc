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
import { forEachBureau } from "./tenant-loop";

/** Slots due within this many days are mentioned before they are late. */
export const DUE_SOON_DAYS = 3;

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

/** Returns the people who got a digest (a second run on the same day: 0). */
export async function sendDailyDigests(client: PrismaClient, today = todayInChina()): Promise<number> {
  const perTenant = await forEachBureau(client, async (tx, tenantId) => {
    const digests = [...(await reporterDigests(tx, tenantId, today)), ...(await staffDigests(tx, tenantId, today))];
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
      (await unitDigests(tx, tenantId, today)).map((u) => ({
        orgUnitId: u.orgUnitId,
        message: { ...message(u.lines, "/reports"), title: `${formatDate(today)} ${u.name}待办提醒` },
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
    r.due_soon ? `${DUE_SOON_DAYS} 天内到期：${r.due_soon} 项` : "",
    r.returned ? `被退回待修改：${r.returned} 项` : "",
  ].filter(Boolean);
}

/** Per unit, reporters or not: what its group robot hears (only units that owe something). */
async function unitDigests(tx: Tx, tenantId: string, today: Date): Promise<{ orgUnitId: string; name: string; lines: string[] }[]> {
  const soon = new Date(today.getTime() + DUE_SOON_DAYS * 86_400_000);
  const rows = await tx.$queryRaw<(SlotCounts & { org_unit_id: string; name: string })[]>`
    SELECT s.org_unit_id, u.name,
           count(*) FILTER (WHERE s.due_on < ${today}::date)::int AS overdue,
           count(*) FILTER (WHERE s.due_on >= ${today}::date)::int AS due_soon,
           count(*) FILTER (WHERE s.status = 'returned')::int AS returned
    FROM report_slots s
    JOIN org_units u ON u.tenant_id = s.tenant_id AND u.id = s.org_unit_id
    WHERE s.tenant_id = ${tenantId}::uuid AND s.status IN ('open', 'draft', 'returned') AND s.due_on <= ${soon}::date
    GROUP BY s.org_unit_id, u.name`;
  return rows.map((r) => ({ orgUnitId: r.org_unit_id, name: r.name, lines: slotLines(r) }));
}

async function reporterDigests(tx: Tx, tenantId: string, today: Date): Promise<Digest[]> {
  const soon = new Date(today.getTime() + DUE_SOON_DAYS * 86_400_000);
  const rows = await tx.$queryRaw<(SlotCounts & { user_id: string })[]>`
    SELECT m.user_id,
           count(*) FILTER (WHERE s.due_on < ${today}::date)::int AS overdue,
           count(*) FILTER (WHERE s.due_on >= ${today}::date)::int AS due_soon,
           count(*) FILTER (WHERE s.status = 'returned')::int AS returned
    FROM memberships m
    JOIN users u ON u.id = m.user_id AND u.is_active
    JOIN report_slots s ON s.tenant_id = m.tenant_id AND s.org_unit_id = m.org_unit_id
    WHERE m.tenant_id = ${tenantId}::uuid AND m.role = 'unit_reporter'
      AND s.status IN ('open', 'draft', 'returned') AND s.due_on <= ${soon}::date
    GROUP BY m.user_id`;
  return rows.map((r) => ({
    userId: r.user_id,
    link: "/reports",
    lines: slotLines(r),
  }));
}

async function staffDigests(tx: Tx, tenantId: string, today: Date): Promise<Digest[]> {
  const pending = await tx.report.count({ where: { tenantId, status: "submitted" } });
  const overdue = await tx.reportSlot.count({ where: { tenantId, ...overdueSlotWhere(today) } });
  if (!pending && !overdue) return [];
  const staff = await tx.membership.findMany({
    where: { tenantId, role: { in: ["bureau_admin", "bureau_staff"] }, user: { isActive: true } },
    select: { userId: true },
  });
  const lines = [pending ? `待审核报告：${pending} 份` : "", overdue ? `逾期未报的填报任务：${overdue} 项` : ""].filter(Boolean);
  return staff.map((s) => ({ userId: s.userId, lines, link: "/review" }));
}
