"use client";
// A read-only evidence list (review card, a submitted report, a 督办 request,
// the task's gallery): each file's thumbnail, its name (the download) and
// size, and a line about where it comes from when the list spans reports.
import { formatBytes } from "@/lib/format";
import { attachmentHref } from "./attachment-href";
import { EvidenceThumb, type EvidenceFile } from "./evidence-thumb";
import { useEvidenceViewer } from "./evidence-viewer";

export type EvidenceListItem = EvidenceFile & { detail?: string };

export function EvidenceFiles({ files, label, testId }: { files: EvidenceListItem[]; label: string; testId?: string }) {
  const { view, viewer } = useEvidenceViewer(files);
  return (
    <>
      <ul className="space-y-2 text-sm" aria-label={label} data-testid={testId}>
        {files.map((f) => (
          <li key={f.id} className="flex items-center gap-3" data-testid="evidence-file">
            <EvidenceThumb file={f} onView={view} />
            <span className="min-w-0 flex-1">
              <a href={attachmentHref(f.id)} className="break-all text-brand-700 hover:underline">
                {f.fileName}
              </a>
              <span className="block text-xs text-slate-500">
                <span className="tabular-nums">{formatBytes(f.sizeBytes)}</span>
                {f.detail ? ` · ${f.detail}` : ""}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {viewer}
    </>
  );
}
