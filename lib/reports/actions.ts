"use server";
// Reporting server actions: each through tenantAction (session, permission,
// zod, one tenant transaction). Reporters reach only their own unit's slots.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, tenantAction, withSuccess } from "@/lib/auth/action";
import { addCooperationSlot } from "./add-cooperation-slot";
import { addAttachment, removeAttachment } from "./attachments";
import { openReportingPeriod } from "./open-period";
import { choosePeriodSpec } from "./choose-period";
import { isoDay } from "@/lib/dashboard/dates";
import { todayInChina } from "./periods";
import { approveReports } from "./approve-reports";
import { urgeLateSlots } from "./urge-late-slots";
import { urgeResultMessage } from "./urge-slots";
import { reviewReport } from "./review-report";
import {
  addCooperationSlotSchema,
  approveReportsSchema,
  openPeriodSchema,
  reviewReportSchema,
  urgeLateSlotsSchema,
  saveDraftSchema,
  submitReportSchema,
} from "./schemas";
import { saveReportDraft, submitReport } from "./write-report";
import { NotFoundError } from "@/lib/errors";
import { noUnitWarning } from "./period-words";
import { ReportVersionConflict } from "./report-conflict";

const asReporter = { permission: "reports:submit", conflict: ReportVersionConflict } as const;
const saveDraft = tenantAction({ ...asReporter, schema: saveDraftSchema }, ({ tx, session, input }) => saveReportDraft(tx, session, input));
const submit = tenantAction({ ...asReporter, schema: submitReportSchema }, ({ tx, session, input }) => submitReport(tx, session, input));
const review = tenantAction({ permission: "reports:review", schema: reviewReportSchema }, ({ tx, session, input }) => reviewReport(tx, session, input));
const approveMany = tenantAction({ permission: "reports:review", schema: approveReportsSchema }, ({ tx, session, input }) =>
  approveReports(tx, session, input.reports),
);

const attachmentSchema = z.object({
  slotId: z.uuid({ error: "填报任务不存在" }),
  file: z.instanceof(File, { error: "请选择要上传的文件" }),
});
const upload = tenantAction({ permission: "reports:submit", schema: attachmentSchema }, ({ tx, session, input }) => addAttachment(tx, session, input));
const removeSchema = z.object({ slotId: z.uuid(), attachmentId: z.uuid({ error: "附件不存在" }) });
const remove = tenantAction({ permission: "reports:submit", schema: removeSchema }, ({ tx, session, input }) => removeAttachment(tx, session, input));

const openPeriod = tenantAction({ permission: "periods:manage", schema: openPeriodSchema }, async ({ tx, session, input }) => {
  const plan = await tx.plan.findFirst({ where: { id: input.planId, tenantId: session.tenant.tenantId } });
  if (!plan) throw new NotFoundError("规划不存在或无权访问");
  const spec = choosePeriodSpec(plan, input, todayInChina());
  const { period, slotsCreated, tasksWithoutUnit } = await openReportingPeriod(tx, session.tenant.tenantId, plan.id, spec);
  return { planId: plan.id, periodId: period.id, label: period.label, dueOn: isoDay(period.dueOn), slotsCreated, tasksWithoutUnit };
});

const urgeLate = tenantAction({ permission: "tasks:urge", schema: urgeLateSlotsSchema }, ({ tx, session, input }) => urgeLateSlots(tx, session, input));

const addCooperation = tenantAction({ permission: "reports:submit", schema: addCooperationSlotSchema }, ({ tx, session, input }) =>
  addCooperationSlot(tx, session, input),
);

const refresh = () => revalidatePath("/", "layout");

const refreshed =
  <T>(message?: (data: T) => string) =>
  (data: T) => {
    refresh();
    return message?.(data);
  };

export const saveReportDraftAction = saveDraft;

export const submitReportAction = withSuccess(
  submit,
  refreshed((d) => (d.duplicate ? "该报告已提交（重复提交已忽略）" : "已提交，等待教育局审核")),
);

export const reviewReportAction = formAction(
  review,
  refreshed((d) => (d.status === "approved" ? "已审核通过" : "已退回，填报单位将收到通知")),
);

/** 批量通过: every ticked report approved as one would be; those changed meanwhile are named, not approved. */
export const approveReportsAction = formAction(
  approveMany,
  refreshed((d) =>
    [`已通过 ${d.approved} 份报告`, d.skipped.length > 0 && `以下 ${d.skipped.length} 份未通过：${d.skipped.map((s) => `${s.name}——${s.reason}`).join("；")}`]
      .filter(Boolean)
      .join("；"),
  ),
);

export const uploadAttachmentAction = withSuccess(upload, refreshed());

export const removeAttachmentAction = withSuccess(remove, refreshed());

export const openReportingPeriodAction = formAction(
  openPeriod,
  refreshed((d) =>
    [`已开启“${d.label}”填报（截止 ${d.dueOn}），新增 ${d.slotsCreated} 个填报任务`, d.tasksWithoutUnit > 0 && noUnitWarning(d.tasksWithoutUnit)]
      .filter(Boolean)
      .join("；"),
  ),
);

/** 一键催办: the late units of a period, once a day each; those with no reporter named. */
export const urgeLateSlotsAction = formAction(
  urgeLate,
  refreshed((d) => urgeResultMessage(d, `（涉及 ${d.tasks} 项任务）`)),
);

export const addCooperationSlotAction = withSuccess(addCooperation, (d) => {
  if (d.created) refresh();
  return d.created ? "已添加配合填报" : "配合填报已存在";
});
