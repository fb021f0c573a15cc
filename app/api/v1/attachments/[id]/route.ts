// Evidence file download: same checks as every /api/v1 read (a reporter only
// their own unit's files; foreign or malformed id → 404), served as a download
// with the type we detected on upload, never sniffed by the browser.
import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { loadAttachmentForActor } from "@/lib/reports/attachments";

// RFC 5987 attr-chars: encodeURIComponent leaves ' ( ) * ! unescaped.
const encodeRfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const GET = tenantReadRoute({ permission: "reports:read", params: z.object({ id: z.uuid() }) }, async ({ tx, session, params }) => {
  const { attachment, bytes } = await loadAttachmentForActor(tx, session, params.id);
  return new Response(new Blob([Buffer.from(bytes)]), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeRfc5987(attachment.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
