// A file's thumbnail in an evidence list: an image shows itself and opens the
// viewer; a PDF shows a PDF tile and opens in the browser's own viewer (a new
// tab: the app forbids framing, so it cannot sit inside a dialog); any other
// file a tile with its extension, decorative, since its name beside it is the
// download. Thumbnails are buttons, not links: the file name stays the one link.
import { previewKind } from "@/lib/files/preview-kind";
import { attachmentViewHref } from "./attachment-href";

export interface EvidenceFile {
  id: string;
  fileName: string;
  sizeBytes: number;
  contentType: string;
}

const TILE = "flex size-14 shrink-0 items-center justify-center overflow-hidden rounded-md border border-slate-200 bg-slate-50";

const extensionOf = (name: string) => /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toUpperCase() ?? "文件";

export function EvidenceThumb({ file, onView }: { file: EvidenceFile; onView: (id: string) => void }) {
  const kind = previewKind(file.contentType);
  if (kind === "image") {
    return (
      <button type="button" className={`${TILE} hover:border-brand-600`} onClick={() => onView(file.id)} aria-label={`查看图片 ${file.fileName}`}>
        {/* The preview route checks access on every request; next/image would cache it for everyone. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={attachmentViewHref(file.id)} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
      </button>
    );
  }
  if (kind === "pdf") {
    return (
      <button
        type="button"
        className={`${TILE} text-xs font-semibold text-red-700 hover:border-brand-600`}
        onClick={() => window.open(attachmentViewHref(file.id), "_blank", "noopener")}
        aria-label={`在新窗口查看 PDF ${file.fileName}`}
      >
        PDF
      </button>
    );
  }
  return (
    <span aria-hidden="true" className={`${TILE} text-xs font-semibold text-slate-500`}>
      {extensionOf(file.fileName)}
    </span>
  );
}
