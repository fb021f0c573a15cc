// 催办: a leader or staff member presses a task; the reporters of every unit
// that still owes a report on it see the message at once. One press per slot
// per day, so a nervous click does not flood anyone.
import "server-only";
import { UNSUBMITTED_SLOT_STATUSES } from "@/lib/reports/slot-status";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { notifyUnitsReporters } from "@/lib/inbox/notify";
import { loadTask } from "@/lib/plans/editing/load";

export async function urgeTask(tx: Tx, session: TenantSession, input: { taskId: string; message: string }) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const dayAgo = new Date(Date.now() - 24 * 3600_000);
  const slots = await tx.reportSlot.findMany({
    where: { tenantId, taskId: task.id, status: { in: UNSUBMITTED_SLOT_STATUSES }, OR: [{ lastUrgedAt: null }, { lastUrgedAt: { lt: dayAgo } }] },
    select: { id: true, orgUnitId: true, period: { select: { label: true } } },
  });
  if (slots.length === 0) throw new UserFacingError("该任务没有待填报的单位，或今天已经催办过");
  const people = await notifyUnitsReporters(
    tx,
    tenantId,
    slots.map((slot) => ({
      orgUnitId: slot.orgUnitId,
      message: {
        kind: "urge" as const,
        title: `催办：任务 ${task.number}（${slot.period.label}）`,
        body: [task.title, input.message && `${session.displayName}：${input.message}`].filter(Boolean).join("\n"),
        link: `/reports/${slot.id}`,
      },
    })),
  );
  await tx.reportSlot.updateMany({ where: { tenantId, id: { in: slots.map((s) => s.id) } }, data: { lastUrgedAt: new Date() } });
  return { units: slots.length, people };
}
