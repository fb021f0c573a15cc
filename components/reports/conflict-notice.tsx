"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { REPORT_STATUS_LABELS } from "@/lib/vocabulary";
import type { ReportVersion } from "@/lib/reports/report-conflict";

export function ConflictNotice({ conflict, onAdopt, onKeepMine }: { conflict: ReportVersion; onAdopt: () => void; onKeepMine: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Block body on purpose: newer Chromium returns a Promise from
    // scrollIntoView, which React would take for a cleanup function.
    ref.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [conflict]);
  const rows: [string, string][] = [
    ["工作进展", conflict.summary],
    ["进度", `${conflict.progress}%`],
    ["存在问题", conflict.problems],
    ["下一步计划", conflict.nextSteps],
  ];
  return (
    <div
      ref={ref}
      role="alert"
      data-testid="conflict"
      className="scroll-mt-4 space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <div>
        <p className="font-semibold">该报告已被他人修改，自动保存已暂停</p>
        <p className="mt-0.5 text-xs text-amber-800">
          对方保存于 {formatDateTime(conflict.updatedAt)}（{REPORT_STATUS_LABELS[conflict.status as ReportStatus] ?? conflict.status}
          ）。您的内容仍在下方表单中，尚未保存。
        </p>
      </div>
      <dl className="space-y-2 rounded-lg bg-white/70 p-3">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-amber-800">{label}</dt>
            <dd className="break-words whitespace-pre-wrap">{value || "（空）"}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onAdopt}>
          使用对方的内容
        </Button>
        <Button type="button" variant="secondary" onClick={onKeepMine}>
          保留我的内容并覆盖
        </Button>
      </div>
    </div>
  );
}
