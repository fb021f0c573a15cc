// A file as a download. Names are Chinese, so the real one goes in filename*
// (RFC 5987) and `fallbackName` is the plain ASCII filename for old clients.
export function downloadResponse(body: Uint8Array, options: { contentType: string; fileName: string; fallbackName: string }): Response {
  const safe = options.fileName.replace(/[\\/:*?"<>|\r\n]+/g, "_");
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": options.contentType,
      "Content-Disposition": `attachment; filename="${options.fallbackName}"; filename*=UTF-8''${encodeURIComponent(safe)}`,
      "Content-Length": String(body.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
