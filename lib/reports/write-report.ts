// Drafts and submissions. A draft save carries the version it was loaded at;
// a stale one is refused with the other person's text. A submission carries a
// client key: the same key again (double click, retry) is the same submission.
import "server-only";
import { isEditableReport } from "./slot-status";
import { v7 as uuidv7 } from "uuid";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { replaceReportActuals } from "./actuals";
import type { ActualEntry } from "./check-plausibility";
import { loadSlotForActor, type LoadedSlot } from "./load-slot";
import { ReportVersionConflict, type ReportVersion } from "./report-conflict";
import { submitOpenSlot } from "./submit-open-slot";

export interface ReportFields {
  slotId: string;
  summary: string;
  progress: number;
  problems: string;
  nextSteps: string;
  actuals: ActualEntry[];
  version: number;
}

function currentOf(report: NonNullable<LoadedSlot["report"]>): ReportVersion {
  return {
    summary: report.summary,
    progress: report.progress,
    problems: report.problems,
    nextSteps: report.nextSteps,
    version: report.version,
    status: report.status,
    updatedAt: report.updatedAt,
  };
}

/** Writes the fields (and actuals) of the slot's report, creating it as a draft when there is none yet. */
async function writeFields(tx: Tx, session: TenantSession, slot: LoadedSlot, input: ReportFields, mode: "draft" | "submit") {
  const tenantId = session.tenant.tenantId;
  const data = { summary: input.summary, progress: input.progress, problems: input.problems, nextSteps: input.nextSteps, authorUserId: session.userId };
  let report = slot.report;
  if (!report) {
    if (input.version !== 0) throw new ConflictError("该报告已被删除或重建，请刷新");
    report = await tx.report.create({ data: { tenantId, slotId: slot.id, status: "draft", ...data } });
    await tx.reportEvent.create({ data: { tenantId, reportId: report.id, actorUserId: session.userId, action: "create", toStatus: "draft" } });
    await replaceReportActuals(tx, slot, report.id, input.actuals, session.userId, { isNewReport: true, mode });
    return report;
  }
  if (!isEditableReport(report.status)) {
    throw new UserFacingError(report.status === "approved" ? "该报告已审核通过，不能再修改" : "该报告已提交，等待审核，不能修改");
  }
  const updated = await tx.report.updateMany({
    where: { id: report.id, tenantId, version: input.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ReportVersionConflict("该报告已被他人修改，以下是对方保存的内容；请在此基础上修改后再保存。", currentOf(report));
  report = await tx.report.findFirstOrThrow({ where: { id: report.id, tenantId } });
  await replaceReportActuals(tx, slot, report.id, input.actuals, session.userId, { mode });
  return report;
}

/**
 * A report filled in and submitted in one go (no draft saved before): the
 * report, its submit event and the slot's new status in one statement. This is
 * the deadline rush's path (bench/: 50 reporters at once), so it is one round
 * trip instead of three.
 */
async function insertSubmittedReport(tx: Tx, session: TenantSession, slot: LoadedSlot, input: ReportFields & { submitKey: string }) {
  const tenantId = session.tenant.tenantId;
  const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
    WITH report AS (
      INSERT INTO reports (id, tenant_id, slot_id, status, summary, progress, problems, next_steps, version, author_user_id, submit_key, submitted_at, created_at, updated_at)
      VALUES (${uuidv7()}::uuid, ${tenantId}::uuid, ${slot.id}::uuid, 'submitted', ${input.summary}, ${input.progress}, ${input.problems}, ${input.nextSteps},
        1, ${session.userId}::uuid, ${input.submitKey}, now(), now(), now())
      RETURNING id, version
    ), event AS (
      INSERT INTO report_events (id, tenant_id, report_id, actor_user_id, action, to_status, created_at)
      SELECT ${uuidv7()}::uuid, ${tenantId}::uuid, report.id, ${session.userId}::uuid, 'submit', 'submitted', now() FROM report
    ), slot AS (
      UPDATE report_slots SET status = 'submitted', updated_at = now() WHERE tenant_id = ${tenantId}::uuid AND id = ${slot.id}::uuid
    )
    SELECT id::text AS id, version FROM report`;
  return rows[0]!;
}

export async function saveReportDraft(tx: Tx, session: TenantSession, input: ReportFields) {
  const slot = await loadSlotForActor(tx, session, input.slotId);
  const report = await writeFields(tx, session, slot, input, "draft");
  if (slot.status === "open") await tx.reportSlot.update({ where: { id: slot.id }, data: { status: "draft" } });
  return { reportId: report.id, version: report.version, savedAt: report.updatedAt };
}

export async function submitReport(tx: Tx, session: TenantSession, input: ReportFields & { submitKey: string }) {
  // An open slot submitted without actuals: lock, insert and move on in one statement.
  if (input.version === 0 && input.actuals.length === 0) {
    const report = await submitOpenSlot(tx, session, input.slotId, input);
    if (report) return { reportId: report.id, version: report.version, status: "submitted" as const, duplicate: false };
  }
  const slot = await loadSlotForActor(tx, session, input.slotId);
  const existing = slot.report;
  if (existing && existing.submitKey === input.submitKey && existing.status !== "draft") {
    return { reportId: existing.id, version: existing.version, status: existing.status, duplicate: true };
  }
  if (!existing) {
    if (input.version !== 0) throw new ConflictError("该报告已被删除或重建，请刷新");
    const report = await insertSubmittedReport(tx, session, slot, input);
    await replaceReportActuals(tx, slot, report.id, input.actuals, session.userId, { isNewReport: true, mode: "submit" });
    return { reportId: report.id, version: report.version, status: "submitted" as const, duplicate: false };
  }
  const before = existing.status;
  const report = await writeFields(tx, session, slot, input, "submit");
  const submitted = await tx.report.update({
    where: { id: report.id },
    data: { status: "submitted", submitKey: input.submitKey, submittedAt: new Date(), version: { increment: 1 } },
  });
  await tx.reportEvent.create({
    data: {
      tenantId: session.tenant.tenantId,
      reportId: report.id,
      actorUserId: session.userId,
      action: before === "returned" ? "resubmit" : "submit",
      fromStatus: before,
      toStatus: "submitted",
    },
  });
  await tx.reportSlot.update({ where: { id: slot.id }, data: { status: "submitted" } });
  return { reportId: submitted.id, version: submitted.version, status: submitted.status, duplicate: false };
}
