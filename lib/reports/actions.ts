"use server";
// Reporting server actions: each through tenantAction (session, permission,
// zod, one tenant transaction). Reporters reach only their own unit's slots.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { addCooperationSlot } from "./add-cooperation-slot";
import { addAttachment, removeAttachment } from "./attachments";
import { openReportingPeriod, currentPeriodSpec } from "./open-period";
import { todayInChina } from "./periods";
import { reviewReport } from "./review-report";
import { addCooperationSlotSchema, reviewReportSchema, saveDraftSchema, submitReportSchema } from "./schemas";
import { saveReportDraft, submitReport } from "./write-report";
import { NotFoundError } from "@/lib/errors";

type Input = FormData | Record<string, unknown>;

const saveDraft = tenantAction({ permission: "reports:submit", schema: saveDraftSchema }, ({ tx, session, input }) => saveReportDraft(tx, session, input));
const submit = tenantAction({ permission: "reports:submit", schema: submitReportSchema }, ({ tx, session, input }) => submitReport(tx, session, input));
const review = tenantAction({ permission: "reports:review", schema: reviewReportSchema }, ({ tx, session, input }) => reviewReport(tx, session, input));

const attachmentSchema = z.object({
  slotId: z.uuid({ error: "填报任务不存在" }),
  file: z.instanceof(File, { error: "请选择要上传的文件" }),
});
const upload = tenantAction({ permission: "reports:submit", schema: attachmentSchema }, ({ tx, session, input }) => addAttachment(tx, session, input));
const removeSchema = z.object({ slotId: z.uuid(), attachmentId: z.uuid({ error: "附件不存在" }) });
const remove = tenantAction({ permission: "reports:submit", schema: removeSchema }, ({ tx, session, input }) => removeAttachment(tx, session, input));

const openPeriodSchema = z.object({ planId: z.uuid({ error: "规划不存在" }) });
const openPeriod = tenantAction({ permission: "periods:manage", schema: openPeriodSchema }, async ({ tx, session, input }) => {
  const plan = await tx.plan.findFirst({ where: { id: input.planId, tenantId: session.tenant.tenantId } });
  if (!plan) throw new NotFoundError("规划不存在或无权访问");
  const spec = currentPeriodSpec(plan.reportingFrequency, plan.startYear, plan.endYear, todayInChina());
  const { period, slotsCreated } = await openReportingPeriod(tx, session.tenant.tenantId, plan.id, spec);
  return { periodId: period.id, label: period.label, slotsCreated };
});

const addCooperation = tenantAction({ permission: "reports:submit", schema: addCooperationSlotSchema }, ({ tx, session, input }) =>
  addCooperationSlot(tx, session, input),
);

const refresh = () => revalidatePath("/", "layout");

export async function saveReportDraftAction(input: Input) {
  return saveDraft(input);
}

export async function submitReportAction(input: Input) {
  const result = await submit(input);
  if (result.ok) refresh();
  return result.ok ? { ...result, message: result.data.duplicate ? "该报告已提交（重复提交已忽略）" : "已提交，等待教育局审核" } : result;
}

export async function reviewReportAction(_prev: ActionResult<unknown> | null, input: Input) {
  const result = await review(input);
  if (result.ok) refresh();
  return result.ok ? { ...result, message: result.data.status === "approved" ? "已审核通过" : "已退回，填报单位将收到通知" } : result;
}

export async function uploadAttachmentAction(input: FormData) {
  const result = await upload(input);
  if (result.ok) refresh();
  return result;
}

export async function removeAttachmentAction(input: Input) {
  const result = await remove(input);
  if (result.ok) refresh();
  return result;
}

export async function openReportingPeriodAction(_prev: ActionResult<unknown> | null, input: Input) {
  const result = await openPeriod(input);
  if (result.ok) refresh();
  return result.ok ? { ...result, message: `已开启“${result.data.label}”填报，新增 ${result.data.slotsCreated} 个填报任务` } : result;
}

export async function addCooperationSlotAction(input: Input) {
  const result = await addCooperation(input);
  if (result.ok && result.data.created) refresh();
  return result.ok ? { ...result, message: result.data.created ? "已添加配合填报" : "配合填报已存在" } : result;
}
