// Evidence file download: same checks as every /api/v1 read (a reporter only
// their own unit's files; foreign or malformed id → 404), served as a download
// with the type we detected on upload, never sniffed by the browser.
import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { downloadResponse } from "@/lib/http/download";
import { loadAttachmentForActor } from "@/lib/reports/attachments";

export const GET = tenantReadRoute({ permission: "reports:read", params: z.object({ id: z.uuid() }) }, async ({ tx, session, params }) => {
  const { attachment, bytes } = await loadAttachmentForActor(tx, session, params.id);
  return downloadResponse(bytes, { contentType: attachment.contentType, fileName: attachment.fileName });
});
