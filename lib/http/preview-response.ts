// A stored file shown in the browser (thumbnails, the image viewer, the
// browser's PDF viewer) rather than downloaded. Only the types previewKind
// allows are ever sent inline; anything else goes out as the download it
// always was. The type is the one detected at upload and nosniff forbids the
// browser a guess of its own. Images also carry a CSP sandbox: a browser
// never runs a raster image, and the sandbox keeps it that way if one were
// mislabelled. PDFs do not: Safari then shows a blank page, and Chrome's
// viewer drops the header anyway (decision 0031). No-cache with the file's
// hash as ETag: a thumbnail seen again costs a 304, and every request is
// still checked for access.
import { previewKind } from "@/lib/files/preview-kind";
import { contentDisposition, downloadResponse } from "./download";

export interface PreviewFile {
  contentType: string;
  fileName: string;
  sha256: string;
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

export function previewResponse(bytes: Uint8Array, file: PreviewFile): Response {
  const kind = previewKind(file.contentType);
  if (kind === null) return downloadResponse(bytes, file);
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.fileName, undefined, "inline"),
    "Content-Length": String(bytes.byteLength),
    "X-Content-Type-Options": "nosniff",
    ETag: previewEtag(file),
    ...CACHING,
  };
  if (kind === "image") headers["Content-Security-Policy"] = "sandbox";
  return new Response(new Uint8Array(bytes), { headers });
}
