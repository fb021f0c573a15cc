// Which stored evidence a browser may show in place rather than download.
// Only types a browser renders without running anything of the file's: the
// four raster image formats and PDF (shown by the browser's own viewer). SVG
// and HTML never, whatever the upload said: they carry script. Everything
// else is served as an attachment. Pure, so the thumbnails ask it too.
const INLINE_IMAGES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

export type PreviewKind = "image" | "pdf" | null;

/** How a stored file of this (detected) type previews: as an image, in the PDF viewer, or not at all. */
export function previewKind(contentType: string): PreviewKind {
  if (INLINE_IMAGES.has(contentType)) return "image";
  if (contentType === "application/pdf") return "pdf";
  return null;
}
