// Evidence file download: same checks as every /api/v1 read (a reporter only
// their own unit's files; foreign or malformed id → 404), served as a download
// with the type we detected on upload, never sniffed by the browser. The row
// is read in one short read-only transaction; the file streams after it from
// PostgreSQL chunk by chunk (lib/files/database-storage.ts), so a slow client
// holds neither a connection nor the whole file.
import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { downloadResponse } from "@/lib/http/download";
import { streamAttachmentForActor } from "@/lib/reports/attachments";

export const GET = sessionReadRoute({ permission: "reports:read", params: z.object({ id: z.uuid() }) }, async ({ session, params }) => {
  const { attachment, body } = await streamAttachmentForActor(session, params.id);
  return downloadResponse(body, { contentType: attachment.contentType, fileName: attachment.fileName, length: attachment.sizeBytes });
});
