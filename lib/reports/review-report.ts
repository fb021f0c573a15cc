// Bureau review: approve (the report's actuals start to count) or return with
// a comment (the reporter fixes and resubmits). Each decision is an event.
// Nobody approves their own submission (own-submission.ts).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { setActualsReviewState } from "./actuals";
import { isOwnSubmission, OWN_SUBMISSION_MESSAGE } from "./own-submission";
import { notifyReporters } from "@/lib/inbox/notify";

export async function reviewReport(
  tx: Tx,
  session: TenantSession,
  input: { reportId: string; decision: "approve" | "return"; comment: string; version: number },
) {
  const tenantId = session.tenant.tenantId;
  const report = await tx.report.findFirst({
    where: { id: input.reportId, tenantId },
    include: { slot: { select: { id: true, orgUnitId: true, taskId: true, task: { select: { number: true, title: true } } } } },
  });
  if (!report) throw new NotFoundError("报告不存在或无权访问");
  if (report.status !== "submitted") throw new UserFacingError(report.status === "approved" ? "该报告已审核通过" : "该报告当前不在待审核状态");
  const approve = input.decision === "approve";
  if (approve && isOwnSubmission(report, session.userId)) throw new UserFacingError(OWN_SUBMISSION_MESSAGE);
  const updated = await tx.report.updateMany({
    where: { id: report.id, tenantId, version: input.version, status: "submitted" },
    data: {
      status: approve ? "approved" : "returned",
      reviewedAt: new Date(),
      reviewerUserId: session.userId,
      reviewComment: input.comment || null,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new ConflictError("该报告已被他人审核或修改，请刷新后查看");
  await tx.reportEvent.create({
    data: {
      tenantId,
      reportId: report.id,
      actorUserId: session.userId,
      action: input.decision,
      fromStatus: "submitted",
      toStatus: approve ? "approved" : "returned",
      comment: input.comment || null,
    },
  });
  await tx.reportSlot.update({ where: { id: report.slot.id }, data: { status: approve ? "approved" : "returned" } });
  await setActualsReviewState(tx, tenantId, report.id, approve ? "approved" : "returned");
  if (approve) await syncTaskProgress(tx, tenantId, report.slot.taskId, report.progress);
  await notifyReporters(tx, tenantId, report.slot.orgUnitId, {
    kind: "review",
    title: approve ? `报告已通过：任务 ${report.slot.task.number}` : `报告被退回：任务 ${report.slot.task.number}`,
    body: approve ? report.slot.task.title : `${report.slot.task.title}\n退回意见：${input.comment}`,
    link: `/reports/${report.slot.id}`,
  });
  return { status: approve ? "approved" : "returned" };
}

/** An approved report's progress moves the task forward, never back. */
async function syncTaskProgress(tx: Tx, tenantId: string, taskId: string, progress: number) {
  await tx.task.updateMany({ where: { id: taskId, tenantId, progress: { lt: progress } }, data: { progress } });
}
