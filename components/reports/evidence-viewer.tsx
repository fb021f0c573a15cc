"use client";
// The image viewer: one evidence photo as large as the screen allows, in a
// modal <dialog> (focus kept inside, Esc closes), with the file's name and
// size, its download, and 上一张 / 下一张 (or ← →) through the list's images.
import { useEffect, useRef, useState } from "react";
import { previewKind } from "@/lib/files/preview-kind";
import { formatBytes } from "@/lib/format";
import { attachmentHref, attachmentViewHref } from "./attachment-href";
import type { EvidenceFile } from "./evidence-thumb";

const NAV = "min-h-10 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:bg-slate-50 disabled:text-slate-400";

/** The list's viewer: `view(id)` opens it on that image; render `viewer` once beside the list. */
export function useEvidenceViewer(files: EvidenceFile[]) {
  const [openId, setOpenId] = useState<string | null>(null);
  const images = files.filter((f) => previewKind(f.contentType) === "image");
  const index = images.findIndex((f) => f.id === openId);
  const viewer = index < 0 ? null : <EvidenceViewer images={images} index={index} onIndex={(i) => setOpenId(images[i]!.id)} onClose={() => setOpenId(null)} />;
  return { view: setOpenId, viewer };
}

function EvidenceViewer({ images, index, onIndex, onClose }: { images: EvidenceFile[]; index: number; onIndex: (i: number) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const file = images[index]!;
  const step = (by: number) => {
    const next = index + by;
    if (next >= 0 && next < images.length) onIndex(next);
  };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-label={`图片预览：${file.fileName}`}
      data-testid="evidence-viewer"
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === "ArrowLeft") step(-1);
        if (e.key === "ArrowRight") step(1);
      }}
      className="m-auto max-h-none max-w-none bg-transparent p-0 backdrop:bg-slate-900/80"
    >
      <div className="flex h-dvh w-screen flex-col gap-2 p-2 sm:p-4">
        <div className="flex flex-wrap items-center gap-2 rounded-lg bg-white px-3 py-2 text-sm">
          <p className="min-w-0 flex-1 break-all">
            {file.fileName} <span className="text-xs text-slate-500 tabular-nums">{formatBytes(file.sizeBytes)}</span>
            {images.length > 1 && (
              <span className="ml-2 text-xs text-slate-500 tabular-nums">
                {index + 1} / {images.length}
              </span>
            )}
          </p>
          <a href={attachmentHref(file.id)} className={`${NAV} inline-flex items-center`}>
            下载
          </a>
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className={NAV}>
            关闭
          </button>
        </div>
        <div className="flex min-h-0 flex-1 items-center justify-center">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={attachmentViewHref(file.id)} alt={file.fileName} className="max-h-full max-w-full rounded object-contain" />
        </div>
        {images.length > 1 && (
          <div className="flex justify-center gap-2">
            <button type="button" onClick={() => step(-1)} disabled={index === 0} className={NAV}>
              上一张
            </button>
            <button type="button" onClick={() => step(1)} disabled={index === images.length - 1} className={NAV}>
              下一张
            </button>
          </div>
        )}
      </div>
    </dialog>
  );
}
