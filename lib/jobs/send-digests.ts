// One digest per person per day, never one message per item: reporters hear
// about their unit's due and overdue slots, bureau staff about reports waiting
// for review and overdue units. The unique (tenant, user, kind, day) key caps
// it even if the job runs twice. With EDUPLAN_EMAIL set, each new digest is
// also mailed once the digests are committed (lib/inbox/email.ts).
import "server-only";
import { overdueSlotWhere } from "@/lib/reports/slot-status";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/tenant-scope";
import { getEmailSender, type EmailSender } from "@/lib/inbox/email";
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

interface Mail {
  username: string;
  subject: string;
  text: string;
}

export async function sendDailyDigests(client: PrismaClient, today = todayInChina()): Promise<number> {
  const sender = getEmailSender();
  const perTenant = await forEachBureau(client, async (tx, tenantId) => {
    const digests = [...(await reporterDigests(tx, tenantId, today)), ...(await staffDigests(tx, tenantId, today))];
    if (digests.length === 0) return { count: 0, mails: [] as Mail[] };
    // Only the rows actually inserted come back: a digest already sent today is neither stored nor mailed again.
    const inserted = await tx.inboxMessage.createManyAndReturn({
      data: digests.map((d) => ({
        tenantId,
        userId: d.userId,
        kind: "digest" as const,
        digestDate: today,
        title: `${formatDate(today)} 待办提醒`,
        body: d.lines.join("\n"),
        link: d.link,
      })),
      skipDuplicates: true,
      select: { userId: true, title: true, body: true },
    });
    if (!sender || inserted.length === 0) return { count: inserted.length, mails: [] as Mail[] };
    const users = await tx.user.findMany({ where: { id: { in: inserted.map((m) => m.userId) } }, select: { id: true, username: true } });
    const usernames = new Map(users.map((u) => [u.id, u.username]));
    const mails = inserted.flatMap((m) => {
      const username = usernames.get(m.userId);
      return username ? [{ username, subject: m.title, text: m.body }] : [];
    });
    return { count: inserted.length, mails };
  });
  // Mailed only after every tenant's digests are committed, outside any transaction.
  if (sender)
    await mailDigests(
      sender,
      perTenant.flatMap((t) => t.mails),
    );
  return perTenant.reduce((sum, t) => sum + t.count, 0);
}

/** One by one; a failed mail is logged and the rest still go (the inbox already has the digest). */
async function mailDigests(sender: EmailSender, mails: Mail[]): Promise<void> {
  for (const mail of mails) {
    try {
      await sender.send(mail.username, mail.subject, mail.text);
    } catch (err) {
      console.error(`[email] digest to ${mail.username} failed`, err);
    }
  }
}

async function reporterDigests(tx: Tx, tenantId: string, today: Date): Promise<Digest[]> {
  const soon = new Date(today.getTime() + DUE_SOON_DAYS * 86_400_000);
  const rows = await tx.$queryRaw<{ user_id: string; overdue: number; due_soon: number; returned: number }[]>`
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
    lines: [
      r.overdue ? `逾期未报：${r.overdue} 项` : "",
      r.due_soon ? `${DUE_SOON_DAYS} 天内到期：${r.due_soon} 项` : "",
      r.returned ? `被退回待修改：${r.returned} 项` : "",
    ].filter(Boolean),
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
