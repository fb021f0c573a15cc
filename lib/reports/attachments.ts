// Evidence attached to a report. The row, then its file, in the same
// transaction (lib/files/storage.ts): a failed upload leaves neither. A HEIC
// photo is stored as the JPEG it was turned into (lib/files/prepare-evidence.ts).
import "server-only";
import { isEditableReport } from "./slot-status";
import { createHash, randomUUID } from "node:crypto";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant, type Tx } from "@/lib/db/tenant-scope";
import { prepareEvidence } from "@/lib/files/prepare-evidence";
import { getFileStorage, type ReadScope } from "@/lib/files/storage";
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
  // The key names the row: the file's chunks reference it (decision 0042).
  const id = randomUUID();
  const storageKey = `${tenantId}/${id}`;
  const attachment = await tx.attachment.create({
    data: {
      id,
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
  await getFileStorage().put(tx, storageKey, bytes);
  return attachment;
}

export async function removeAttachment(tx: Tx, session: TenantSession, input: { slotId: string; attachmentId: string }) {
  const slot = await loadSlotForActor(tx, session, input.slotId);
  if (!slot.report || !isEditableReport(slot.report.status)) throw new UserFacingError("报告已提交，不能删除附件");
  const attachment = await tx.attachment.findFirst({ where: { id: input.attachmentId, tenantId: session.tenant.tenantId, reportId: slot.report.id } });
  if (!attachment) throw new NotFoundError("附件不存在");
  await getFileStorage().delete(tx, attachment.storageKey);
  await tx.attachment.delete({ where: { id: attachment.id } });
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

/** For download: the row (findReadableAttachment) in one short read, then its bytes streamed, each piece read in its own. */
export async function streamAttachmentForActor(session: TenantSession, attachmentId: string) {
  const attachment = await readTenant(session, (tx) => findReadableAttachment(tx, session, attachmentId));
  const read: ReadScope = (fn) => readTenant(session, fn);
  return { attachment, body: getFileStorage().stream(read, attachment.storageKey) };
}
