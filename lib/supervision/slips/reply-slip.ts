// 回复督办单: the unit answers in the product — its reporter, or staff on its
// behalf. A slip is answered once: the reply is part of the record staff
// acted on, so a second reply (or a double click) is refused, not an overwrite.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError } from "@/lib/errors";
import { bureauStaffUserIds, notifyUsers } from "@/lib/inbox/notify";
import { recordSupervisionEvents } from "@/lib/supervision/record-event";
import { slipNumberText } from "@/lib/vocabulary";
import { slipLink } from "./issue-slip";
import { loadSlip } from "./load-slip";
import type { ReplySlipInput } from "./schemas";

export async function replySlip(tx: Tx, session: TenantSession, input: ReplySlipInput) {
  const tenantId = session.tenant.tenantId;
  const slip = await loadSlip(tx, session, input.slipId);
  const numberText = slipNumberText(slip.year, slip.number);
  // The condition on replied_at makes the check and the write one statement: two replies at once cannot both land.
  const { count } = await tx.supervisionSlip.updateMany({
    where: { tenantId, id: slip.id, repliedAt: null },
    data: { reply: input.reply, repliedById: session.userId, repliedAt: new Date() },
  });
  if (count === 0) throw new ConflictError(`${numberText} 已回复，不能重复回复`);
  await recordSupervisionEvents(tx, tenantId, [
    { taskId: slip.taskId, kind: "slip_replied", orgUnitId: slip.orgUnitId, actorUserId: session.userId, slipId: slip.id, note: numberText },
  ]);
  const staff = (await bureauStaffUserIds(tx, tenantId)).filter((id) => id !== session.userId);
  await notifyUsers(
    tx,
    tenantId,
    staff.map((userId) => ({
      userId,
      message: {
        kind: "slip" as const,
        title: `${slip.orgUnit.name}已回复督办单 ${numberText}`,
        body: `任务 ${slip.task.number}：${slip.task.title}`,
        link: slipLink(slip.id),
        key: `slip-reply:${slip.id}`,
      },
    })),
  );
  return { slipId: slip.id, taskId: slip.taskId, numberText };
}
