"use client";
// 下载 PDF that says it is working. The server prints the page in Chromium,
// 3–4 s in which a plain link showed nothing, and its refusals (no Chromium on
// the server: 501; a failed print: 500) opened as raw JSON. With JavaScript it
// fetches the file, reads 正在生成 PDF… meanwhile, saves it under the server's
// file name, or shows the server's own Chinese words in place. Without, it is
// the plain link it renders.
import { useState } from "react";

const FAILED = "生成 PDF 失败，请稍后重试，或点击“打印”另存为 PDF。";
const OFFLINE = "网络连接中断，PDF 未能下载，请重试。";

/** The name in `filename*=UTF-8''…` (lib/http/download.ts writes it), else null. */
function fileNameOf(response: Response): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get("content-disposition") ?? "")?.[1];
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by the time the tab can spare a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function PdfDownload({ href, className, fallbackName }: { href: string; className: string; fallbackName: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    // A new tab or window (Ctrl/⌘/Shift, middle button) keeps the link's own behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (response.ok) save(await response.blob(), fileNameOf(response) ?? fallbackName);
      else setError(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? FAILED);
    } catch {
      setError(OFFLINE);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <a href={href} className={className} download onClick={download} aria-disabled={busy || undefined} aria-busy={busy || undefined}>
        {busy ? "正在生成 PDF…" : "下载 PDF"}
      </a>
      <span role="status" className="sr-only">
        {busy ? "正在生成 PDF，请稍候" : ""}
      </span>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
