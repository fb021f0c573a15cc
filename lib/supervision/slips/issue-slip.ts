// 下发督办单: staff press one unit on one task with a numbered slip. The slip,
// its event and the unit's notices are written in one transaction.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { notifyUnitsReporters } from "@/lib/inbox/notify";
import { loadTask } from "@/lib/plans/editing/load";
import { todayInChina } from "@/lib/reports/periods";
import { recordSupervisionEvents } from "@/lib/supervision/record-event";
import { SLIP_LEVEL_SHORT_LABELS, slipNumberText } from "@/lib/vocabulary";
import { nextSlipNumber } from "./next-slip-number";
import type { IssueSlipInput } from "./schemas";

export function slipLink(slipId: string): string {
  return `/supervision/slips/${slipId}`;
}

/** `today`: China's calendar date; it decides the slip's year and the earliest reply-by date. */
export async function issueSlip(tx: Tx, session: TenantSession, input: IssueSlipInput, today: Date = todayInChina()) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const link = await tx.taskUnit.findFirst({
    where: { tenantId, taskId: task.id, orgUnitId: input.orgUnitId },
    include: { orgUnit: { select: { name: true } } },
  });
  if (!link) throw new UserFacingError("该单位不是此任务的责任单位", { orgUnitId: ["请选择此任务的责任单位"] });
  const replyBy = new Date(`${input.replyBy}T00:00:00Z`);
  if (replyBy.getTime() < today.getTime()) throw new UserFacingError("回复期限不能早于今天", { replyBy: ["回复期限不能早于今天"] });

  const year = today.getUTCFullYear();
  const number = await nextSlipNumber(tx, tenantId, year);
  const slip = await tx.supervisionSlip.create({
    data: { tenantId, taskId: task.id, orgUnitId: input.orgUnitId, year, number, level: input.level, body: input.body, replyBy, issuedById: session.userId },
  });
  const numberText = slipNumberText(year, number);
  await recordSupervisionEvents(tx, tenantId, [
    { taskId: task.id, kind: "slip_issued", orgUnitId: input.orgUnitId, actorUserId: session.userId, slipId: slip.id, note: numberText },
  ]);
  const people = await notifyUnitsReporters(tx, tenantId, [
    {
      orgUnitId: input.orgUnitId,
      message: {
        kind: "slip",
        title: `${SLIP_LEVEL_SHORT_LABELS[input.level]}督办单 ${numberText}：任务 ${task.number}`,
        body: `${task.title}\n请于 ${input.replyBy} 前回复。`,
        link: slipLink(slip.id),
        key: `slip:${slip.id}`,
      },
    },
  ]);
  return { slipId: slip.id, taskId: task.id, numberText, unitName: link.orgUnit.name, people };
}
