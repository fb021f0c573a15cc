// A file as a download. Names are Chinese, so the real one goes in filename*
// (RFC 5987) and `fallbackName` is the plain ASCII filename for old clients.
// A stream body (the bureau export zip) is sent as it is produced, without a length.
export function downloadResponse(
  body: Uint8Array | ReadableStream<Uint8Array>,
  options: { contentType: string; fileName: string; fallbackName: string },
): Response {
  const safe = options.fileName.replace(/[\\/:*?"<>|\r\n]+/g, "_");
  const headers: Record<string, string> = {
    "Content-Type": options.contentType,
    "Content-Disposition": `attachment; filename="${options.fallbackName}"; filename*=UTF-8''${encodeURIComponent(safe)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (body instanceof Uint8Array) headers["Content-Length"] = String(body.byteLength);
  return new Response(body instanceof Uint8Array ? new Uint8Array(body) : body, { headers });
}
