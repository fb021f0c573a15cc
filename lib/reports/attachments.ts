// Evidence attached to a report. The file goes to storage first under a fresh
// key; if the database write then fails, the orphan is removed. A HEIC photo
// is stored as the JPEG it was turned into (lib/files/prepare-evidence.ts).
import "server-only";
import { isEditableReport } from "./slot-status";
import { createHash, randomUUID } from "node:crypto";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { prepareEvidence } from "@/lib/files/prepare-evidence";
import { getFileStorage } from "@/lib/files/storage";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { loadSlotForActor } from "./load-slot";
import { slotScopeFor } from "./reporter-scope";

export const MAX_ATTACHMENTS_PER_REPORT = 20;

export async function addAttachment(tx: Tx, session: TenantSession, input: { slotId: string; file: File }) {
  const slot = await loadSlotForActor(tx, session, input.slotId);
  if (slot.report && !isEditableReport(slot.report.status)) throw new UserFacingError("报告已提交，不能再添加附件");
  const upload = new Uint8Array(await input.file.arrayBuffer());
  const prepared = await prepareEvidence(input.file.name.replace(/[\\/]/g, "_").slice(0, 200) || "附件", upload);
  if (!prepared.ok) throw new UserFacingError(prepared.message, { file: [prepared.message] });
  const { fileName, contentType, bytes } = prepared.file;
  const tenantId = session.tenant.tenantId;
  const report = slot.report ?? (await tx.report.create({ data: { tenantId, slotId: slot.id, status: "draft", authorUserId: session.userId } }));
  if (!slot.report) await tx.reportSlot.update({ where: { id: slot.id }, data: { status: "draft" } });
  if ((await tx.attachment.count({ where: { tenantId, reportId: report.id } })) >= MAX_ATTACHMENTS_PER_REPORT) {
    throw new UserFacingError(`每份报告最多 ${MAX_ATTACHMENTS_PER_REPORT} 个附件`);
  }
  const storageKey = `${tenantId}/${randomUUID()}`;
  const storage = getFileStorage();
  await storage.put(storageKey, bytes);
  try {
    return await tx.attachment.create({
      data: {
        tenantId,
        reportId: report.id,
        fileName,
        contentType,
        sizeBytes: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey,
        uploadedById: session.userId,
      },
      select: { id: true, fileName: true, sizeBytes: true, contentType: true },
    });
  } catch (err) {
    await storage.delete(storageKey);
    throw err;
  }
}

export async function removeAttachment(tx: Tx, session: TenantSession, input: { slotId: string; attachmentId: string }) {
  const slot = await loadSlotForActor(tx, session, input.slotId);
  if (!slot.report || !isEditableReport(slot.report.status)) throw new UserFacingError("报告已提交，不能删除附件");
  const attachment = await tx.attachment.findFirst({ where: { id: input.attachmentId, tenantId: session.tenant.tenantId, reportId: slot.report.id } });
  if (!attachment) throw new NotFoundError("附件不存在");
  await tx.attachment.delete({ where: { id: attachment.id } });
  await getFileStorage().delete(attachment.storageKey);
}

/** The row, for download or preview: by id AND tenant; a reporter only their own unit's reports' and 督办 requests' (销号 evidence). */
export async function findReadableAttachment(tx: Tx, session: TenantSession, attachmentId: string) {
  const unit = slotScopeFor(session).orgUnitId;
  const attachment = await tx.attachment.findFirst({
    where: {
      id: attachmentId,
      tenantId: session.tenant.tenantId,
      ...(unit ? { OR: [{ report: { slot: { orgUnitId: unit } } }, { request: { orgUnitId: unit } }] } : {}),
    },
  });
  if (!attachment) throw new NotFoundError();
  return attachment;
}

/** For download: the row (findReadableAttachment) and its bytes. */
export async function loadAttachmentForActor(tx: Tx, session: TenantSession, attachmentId: string) {
  const attachment = await findReadableAttachment(tx, session, attachmentId);
  return { attachment, bytes: await getFileStorage().get(attachment.storageKey) };
}
