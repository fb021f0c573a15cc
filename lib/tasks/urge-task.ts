// 催办: a leader or staff member presses a task; the reporters of every unit
// that still owes a report on it see the message at once. One press per slot
// per day, so a nervous click does not flood anyone.
import "server-only";
import { UNSUBMITTED_SLOT_STATUSES } from "@/lib/reports/slot-status";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { notifyReporters } from "@/lib/inbox/notify";

export async function urgeTask(tx: Tx, session: TenantSession, input: { taskId: string; message: string }) {
  const tenantId = session.tenant.tenantId;
  const task = await tx.task.findFirst({ where: { id: input.taskId, tenantId }, select: { id: true, number: true, title: true } });
  if (!task) throw new NotFoundError("任务不存在或无权访问");
  const dayAgo = new Date(Date.now() - 24 * 3600_000);
  const slots = await tx.reportSlot.findMany({
    where: { tenantId, taskId: task.id, status: { in: UNSUBMITTED_SLOT_STATUSES }, OR: [{ lastUrgedAt: null }, { lastUrgedAt: { lt: dayAgo } }] },
    select: { id: true, orgUnitId: true, period: { select: { label: true } } },
  });
  if (slots.length === 0) throw new UserFacingError("该任务没有待填报的单位，或今天已经催办过");
  let people = 0;
  for (const slot of slots) {
    people += await notifyReporters(tx, tenantId, slot.orgUnitId, {
      kind: "urge",
      title: `催办：任务 ${task.number}（${slot.period.label}）`,
      body: [task.title, input.message && `${session.displayName}：${input.message}`].filter(Boolean).join("\n"),
      link: `/reports/${slot.id}`,
    });
  }
  await tx.reportSlot.updateMany({ where: { tenantId, id: { in: slots.map((s) => s.id) } }, data: { lastUrgedAt: new Date() } });
  return { units: slots.length, people };
}
