"use client";

import { useState } from "react";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-types";
import { removeAttachmentAction, uploadAttachmentAction } from "@/lib/reports/actions";
import { attachmentHref } from "./attachment-href";
import { formatBytes } from "@/lib/format";

export interface AttachmentView {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/**
 * One file at a time: a phone on a weak signal should not queue several 20 MB
 * uploads. `beforeUpload` makes sure the report exists (and its version is
 * known to the form) before the upload would otherwise create it.
 */
export function AttachmentList({ slotId, initial, beforeUpload }: { slotId: string; initial: AttachmentView[]; beforeUpload: () => Promise<boolean> }) {
  const [items, setItems] = useState(initial);
  const [uploading, setUploading] = useState<{ name: string; size: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    if (file.size === 0) return setError("文件为空");
    if (file.size > MAX_EVIDENCE_BYTES) return setError(`文件过大：单个附件不能超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`);
    setUploading({ name: file.name, size: file.size });
    try {
      if (!(await beforeUpload())) return setError("草稿未能保存，请先处理上方的提示，再上传附件");
      const form = new FormData();
      form.set("slotId", slotId);
      form.set("file", file);
      const result = await uploadAttachmentAction(form);
      if (result.ok) setItems((xs) => [...xs, result.data]);
      else setError(result.fieldErrors?.file?.[0] ?? result.message);
    } catch {
      setError("上传失败：网络不稳定或文件过大，请稍后重试");
    } finally {
      setUploading(null);
    }
  }

  async function remove(id: string) {
    setConfirming(null);
    setRemoving(id);
    setError(null);
    try {
      const result = await removeAttachmentAction({ slotId, attachmentId: id });
      if (result.ok) setItems((xs) => xs.filter((x) => x.id !== id));
      else setError(result.message);
    } catch {
      setError("删除失败：网络不稳定，请稍后重试");
    } finally {
      setRemoving(null);
    }
  }

  return (
    <div className="space-y-2" data-testid="attachments">
      {items.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {items.map((a) => (
            <li key={a.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
              <a href={attachmentHref(a.id)} className="min-w-0 break-all text-brand-700 hover:underline">
                {a.fileName}
              </a>
              <span className="flex shrink-0 items-center gap-2">
                <span className="text-xs text-slate-500 tabular-nums">{formatBytes(a.sizeBytes)}</span>
                {confirming === a.id ? (
                  <>
                    <button type="button" onClick={() => remove(a.id)} className="min-h-9 rounded-md bg-red-600 px-2 text-xs text-white">
                      确认删除
                    </button>
                    <button type="button" onClick={() => setConfirming(null)} className="min-h-9 px-1 text-xs text-slate-600">
                      取消
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    onClick={() => setConfirming(a.id)}
                    disabled={removing === a.id}
                    aria-label={`删除附件 ${a.fileName}`}
                    className="min-h-9 rounded-md border border-red-200 px-2 text-xs text-red-700 disabled:text-slate-400"
                  >
                    {removing === a.id ? "删除中…" : "删除"}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {uploading && (
        <div role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-700">
          <p className="break-all">
            正在上传 {uploading.name}（{formatBytes(uploading.size)}）…
          </p>
          <div className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-brand-100">
            <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-600" />
          </div>
        </div>
      )}
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
      <p className="text-xs text-slate-500">图片、PDF、Word 或 Excel，单个不超过 {MAX_EVIDENCE_BYTES / 1024 / 1024} MB，每次一个。</p>
    </div>
  );
}
