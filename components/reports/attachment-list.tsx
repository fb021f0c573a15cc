"use client";

import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-types";
import { formatBytes } from "@/lib/format";
import { attachmentHref } from "./attachment-href";
import { EvidenceThumb, type EvidenceFile } from "./evidence-thumb";
import { useEvidenceViewer } from "./evidence-viewer";
import { useAttachments } from "./use-attachments";

export type AttachmentView = EvidenceFile;

/**
 * One file at a time: a phone on a weak signal should not queue several 20 MB
 * uploads. `beforeUpload` makes sure the report exists (and its version is
 * known to the form) before the upload would otherwise create it.
 */
export function AttachmentList({ slotId, initial, beforeUpload }: { slotId: string; initial: AttachmentView[]; beforeUpload: () => Promise<boolean> }) {
  const { items, uploading, error, confirming, setConfirming, removing, upload, remove } = useAttachments(slotId, initial, beforeUpload);
  const { view, viewer } = useEvidenceViewer(items);
  return (
    <div className="space-y-2" data-testid="attachments">
      {items.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {items.map((a) => (
            <AttachmentRow
              key={a.id}
              attachment={a}
              onView={view}
              confirming={confirming === a.id}
              removing={removing === a.id}
              onAsk={() => setConfirming(a.id)}
              onCancel={() => setConfirming(null)}
              onRemove={() => remove(a.id)}
            />
          ))}
        </ul>
      )}
      {uploading && <UploadProgress name={uploading.name} size={uploading.size} />}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <label
        className={`inline-flex min-h-10 cursor-pointer items-center rounded-md border border-dashed border-slate-400 bg-white px-4 text-sm text-slate-700 hover:bg-slate-50 ${uploading ? "pointer-events-none opacity-50" : ""}`}
      >
        <input
          type="file"
          accept={EVIDENCE_ACCEPT}
          className="sr-only"
          aria-label="上传附件"
          disabled={Boolean(uploading)}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void upload(file);
          }}
        />
        {uploading ? "上传中…" : "＋ 添加附件"}
      </label>
      <p className="text-xs text-slate-500">照片（含 iPhone 的 HEIC）、PDF、Word 或 Excel，单个不超过 {formatBytes(MAX_EVIDENCE_BYTES)}，每次一个。</p>
      {viewer}
    </div>
  );
}

/** A file with its thumbnail and size, and 删除 behind a confirmation (a phone tap is easily a mistake). */
function AttachmentRow(props: {
  attachment: AttachmentView;
  onView: (id: string) => void;
  confirming: boolean;
  removing: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onRemove: () => void;
}) {
  const a = props.attachment;
  return (
    <li className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
      <EvidenceThumb file={a} onView={props.onView} />
      <a href={attachmentHref(a.id)} className="min-w-0 flex-1 break-all text-brand-700 hover:underline">
        {a.fileName}
      </a>
      <span className="flex shrink-0 items-center gap-2">
        <span className="text-xs text-slate-500 tabular-nums">{formatBytes(a.sizeBytes)}</span>
        {props.confirming ? (
          <>
            <button type="button" onClick={props.onRemove} className="min-h-9 rounded-md bg-red-600 px-2 text-xs text-white">
              确认删除
            </button>
            <button type="button" onClick={props.onCancel} className="min-h-9 px-1 text-xs text-slate-600">
              取消
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={props.onAsk}
            disabled={props.removing}
            aria-label={`删除附件 ${a.fileName}`}
            className="min-h-9 rounded-md border border-red-200 px-2 text-xs text-red-700 disabled:text-slate-400"
          >
            {props.removing ? "删除中…" : "删除"}
          </button>
        )}
      </span>
    </li>
  );
}

function UploadProgress({ name, size }: { name: string; size: number }) {
  return (
    <div role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-700">
      <p className="break-all">
        正在上传 {name}（{formatBytes(size)}）…
      </p>
      <div className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-brand-100">
        <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-600" />
      </div>
    </div>
  );
}
