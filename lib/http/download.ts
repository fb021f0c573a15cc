// A file as a download: the one Content-Disposition encoder. Names are often
// Chinese, so the real one goes in filename* (RFC 5987, UTF-8, percent-encoded)
// and filename="…" carries a plain ASCII name for clients that ignore filename*.
// A stream body (the bureau export zip, an evidence file read chunk by chunk)
// is sent as it is produced, with a length only when the caller knows it.

/** Characters no saved file name may hold (path separators, Windows' reserved ones, line breaks). */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\r\n]+/g;

/** RFC 5987 attr-chars: encodeURIComponent leaves ' ( ) * ! unescaped, which filename* does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The name itself when it is printable ASCII, else "download" with its (ASCII) extension. */
function asciiFallback(name: string): string {
  if (/^[\x20-\x7e]+$/.test(name)) return name;
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? "";
  return `download${extension}`;
}

/** `attachment; filename="<ascii>"; filename*=UTF-8''<name>` for a file called `fileName` (`inline; …` for a preview). */
export function contentDisposition(fileName: string, fallbackName?: string, disposition: "attachment" | "inline" = "attachment"): string {
  const safe = fileName.replace(UNSAFE_IN_NAME, "_");
  const fallback = asciiFallback((fallbackName ?? safe).replace(UNSAFE_IN_NAME, "_"));
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(safe)}`;
}

export function downloadResponse(
  body: Uint8Array | ReadableStream<Uint8Array>,
  options: { contentType: string; fileName: string; fallbackName?: string; length?: number },
): Response {
  const headers: Record<string, string> = {
    "Content-Type": options.contentType,
    "Content-Disposition": contentDisposition(options.fileName, options.fallbackName),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  const length = body instanceof Uint8Array ? body.byteLength : options.length;
  if (length !== undefined) headers["Content-Length"] = String(length);
  return new Response(body instanceof Uint8Array ? new Uint8Array(body) : body, { headers });
}
