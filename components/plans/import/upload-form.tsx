"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PLAN_FILE_ACCEPT, PLAN_FILE_FORMATS, planFileFormat } from "@/lib/plans/import/plan-file-format";
import { PLAN_FILE_MESSAGES } from "@/lib/plans/import/plan-file-messages";

// Mirrors MAX_PLAN_FILE_BYTES; read-document.ts pulls in the parse worker (node:worker_threads), so it is not imported here.
const MAX_BYTES = 5 * 1024 * 1024;

export function UploadForm({ onUpload, pending }: { onUpload: (formData: FormData) => void; pending: boolean }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        const formData = new FormData(e.currentTarget);
        const file = formData.get("file");
        if (!(file instanceof File) || file.size === 0) return setError("请选择要导入的文件");
        if (file.size > MAX_BYTES) return setError("文件过大：规划文件不能超过 5 MB");
        const format = planFileFormat(file.name);
        if (!format.ok) return setError(format.message);
        setError(null);
        onUpload(formData);
      }}
    >
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{PLAN_FILE_MESSAGES.formats(PLAN_FILE_FORMATS)}</span>
        <input
          type="file"
          name="file"
          accept={PLAN_FILE_ACCEPT}
          required
          disabled={pending}
          className="block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:text-sm"
        />
      </label>
      <p className="text-xs text-slate-500">PDF 须为文字版（可选中文字），扫描件请上传 Word 原文。解析只在预览中进行，核对并确认后才会写入。</p>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "正在解析…" : "解析预览"}
      </Button>
    </form>
  );
}
