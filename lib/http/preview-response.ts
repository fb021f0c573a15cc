// A stored file shown in the browser (thumbnails, the image viewer, the
// browser's PDF viewer) rather than downloaded. Only the types previewKind
// allows are ever sent inline; anything else goes out as the download it
// always was. The type is the one detected at upload and nosniff forbids the
// browser a guess of its own. No CSP of its own: proxy.ts puts the app's on
// every response (scripts only with that request's nonce, no framing), and a
// sandbox would blank a PDF in Safari (decision 0031). No-cache with the
// file's hash as ETag: a thumbnail seen again costs a 304, and every request
// is still checked for access.
import { previewKind } from "@/lib/files/preview-kind";
import { contentDisposition, downloadResponse } from "./download";

export interface PreviewFile {
  contentType: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
}

const CACHING = { "Cache-Control": "private, no-cache" };

/** The ETag of a stored file: its content hash, which never changes for an attachment. */
export const previewEtag = (file: PreviewFile) => `"${file.sha256}"`;

/** 304 when the browser already holds this file (If-None-Match), else null. */
export function notModified(request: Request, file: PreviewFile): Response | null {
  if (previewKind(file.contentType) === null) return null;
  const tags = (request.headers.get("if-none-match") ?? "").split(",").map((t) => t.trim());
  return tags.includes(previewEtag(file)) ? new Response(null, { status: 304, headers: { ...CACHING, ETag: previewEtag(file) } }) : null;
}

/** `body`: the stored file as read from storage, piece by piece; sizeBytes is its length. */
export function previewResponse(body: ReadableStream<Uint8Array>, file: PreviewFile): Response {
  if (previewKind(file.contentType) === null) return downloadResponse(body, { ...file, length: file.sizeBytes });
  const headers = {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.fileName, undefined, "inline"),
    "Content-Length": String(file.sizeBytes),
    "X-Content-Type-Options": "nosniff",
    ETag: previewEtag(file),
    ...CACHING,
  };
  return new Response(body, { headers });
}
