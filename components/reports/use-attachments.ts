"use client";
// The evidence list's state: the files, the one upload in flight, the one
// removal awaiting confirmation or in flight, and the last error.
import { useState } from "react";
import { EVIDENCE_TOO_LARGE, MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-types";
import { removeAttachmentAction, uploadAttachmentAction } from "@/lib/reports/actions";
import type { AttachmentView } from "./attachment-list";

export function useAttachments(slotId: string, initial: AttachmentView[], beforeUpload: () => Promise<boolean>) {
  const [items, setItems] = useState(initial);
  const [uploading, setUploading] = useState<{ name: string; size: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    if (file.size === 0) return setError("文件为空");
    if (file.size > MAX_EVIDENCE_BYTES) return setError(EVIDENCE_TOO_LARGE);
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

  return { items, uploading, error, confirming, setConfirming, removing, upload, remove };
}
