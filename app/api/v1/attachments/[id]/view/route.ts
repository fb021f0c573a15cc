// Evidence preview: the same access as the download beside it (a reporter
// only their own unit's files; foreign or malformed id → 404), served inline
// for images and PDF only (lib/http/preview-response.ts), as a download for
// anything else. The row is read in a short read-only transaction; the file
// streams after it, chunk by chunk, and not at all when the browser already
// has it (304).
import { z } from "zod";
import { sessionReadRoute } from "@/lib/auth/route";
import { notModified, previewResponse } from "@/lib/http/preview-response";
import { streamAttachmentForActor } from "@/lib/reports/attachments";

export const GET = sessionReadRoute({ permission: "reports:read", params: z.object({ id: z.uuid() }) }, async ({ session, params, request }) => {
  const { attachment, body } = await streamAttachmentForActor(session, params.id);
  const cached = notModified(request, attachment);
  if (cached) await body.cancel();
  return cached ?? previewResponse(body, attachment);
});
