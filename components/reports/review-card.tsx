"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { reviewReportAction } from "@/lib/reports/actions";
import { EvidenceFiles } from "./evidence-files";
import { formatDateTime } from "@/lib/format";
import { NumberedTitle } from "@/components/plans/numbered-title";
import { PLAUSIBILITY_MESSAGES } from "@/lib/vocabulary/plausibility";
import { PlausibilityFlag } from "./plausibility-flag";

export interface ReviewItemView {
  reportId: string;
  version: number;
  slotId: string;
  unit: string;
  taskNumber: number;
  taskTitle: string;
  planTitle: string;
  period: string;
  progress: number;
  summary: string;
  problems: string;
  nextSteps: string;
  submittedAt: string | null;
  /** Submitted after the slot's due date (submittedLate). */
  late: boolean;
  /** Submitted (waiting, with 通过/退回) or already decided (read only, under its state's word). */
  decidable: boolean;
  statusLabel: string;
  /** Why this reviewer may not approve (their own submission); null when they may. */
  approveBlockedReason: string | null;
  attachments: { id: string; fileName: string; sizeBytes: number; contentType: string }[];
  actuals: {
    id: string;
    name: string;
    value: string;
    unit: string | null;
    target: string;
    plausibilityNote: string | null;
    /** Another approved value already counts for this definition and date and differs (decision 0035). */
    conflict: { value: string; source: string; slotId: string | null } | null;
  }[];
}

function Text({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="break-words whitespace-pre-wrap">{text}</dd>
    </div>
  );
}

/** 最多报一次: the other approved value for the same definition and date, which keeps counting (the earlier approved). */
function ConflictFlag({ conflict }: { conflict: NonNullable<ReviewItemView["actuals"][number]["conflict"]> }) {
  return (
    <p data-testid="review-conflict" className="w-full rounded-md bg-amber-100 px-2 py-1 text-xs text-amber-900">
      ⚠ 与已审核数值不一致：{conflict.value}（
      {conflict.slotId ? (
        <Link href={`/reports/${conflict.slotId}`} className="underline">
          {conflict.source}
        </Link>
      ) : (
        conflict.source
      )}
      ）。通过后两者都保留，以先审核的 {conflict.value} 为准，冲突列入“数值冲突”待处理。
    </p>
  );
}

/** The submitted report as the reviewer reads it: task, unit and period, progress, texts, actuals, evidence. */
function SubmittedReport({ item }: { item: ReviewItemView }) {
  const flagged = item.actuals.filter((a) => a.plausibilityNote).length;
  return (
    <>
      {flagged > 0 && (
        <p data-testid="plausibility-summary" className="rounded-md bg-amber-100 px-3 py-1.5 text-sm font-medium text-amber-900">
          ⚠ {PLAUSIBILITY_MESSAGES.flaggedCount(flagged)}
        </p>
      )}
      <div>
        <Link href={`/reports/${item.slotId}`} className="font-medium break-words text-brand-700 hover:underline">
          <NumberedTitle number={item.taskNumber} title={item.taskTitle} />
        </Link>
        <p className="mt-0.5 text-xs text-slate-500">
          <span className="break-all">{item.unit}</span> · {item.period}
          {item.submittedAt ? ` · 提交于 ${formatDateTime(item.submittedAt)}` : ""}
          {item.late && (
            <span className="ml-1 rounded bg-amber-50 px-1.5 py-0.5 text-amber-800" data-testid="late-submission">
              逾期提交
            </span>
          )}
        </p>
        <p className="truncate text-xs text-slate-500">{item.planTitle}</p>
      </div>
      <div className="flex items-center gap-2 text-sm">
        <span className="text-slate-500">进度</span>
        <span className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100">
          <span className="block h-full rounded-full bg-brand-600" style={{ width: `${item.progress}%` }} />
        </span>
        <span className="tabular-nums">{item.progress}%</span>
      </div>
      <dl className="space-y-2 text-sm">
        <Text label="工作进展" text={item.summary} />
        <Text label="存在问题" text={item.problems} />
        <Text label="下一步计划" text={item.nextSteps} />
      </dl>
      {item.actuals.length > 0 && (
        <ul className="space-y-1 rounded-lg bg-slate-50 p-2 text-sm" aria-label="指标实际值">
          {item.actuals.map((a) => (
            <li key={a.id} className="flex flex-wrap justify-between gap-x-2">
              <span className="min-w-0 break-words">{a.name}</span>
              <span className="tabular-nums">
                {a.value}
                {a.unit ?? ""} <span className="text-xs text-slate-500">目标 {a.target}</span>
              </span>
              <PlausibilityFlag note={a.plausibilityNote} />
              {a.conflict && <ConflictFlag conflict={a.conflict} />}
            </li>
          ))}
        </ul>
      )}
      {item.attachments.length > 0 && <EvidenceFiles files={item.attachments} label="佐证材料" />}
    </>
  );
}

/**
 * Calls the action directly rather than through useActionState: a decided
 * report leaves the queue in the same refresh, which unmounts this card, so
 * the result is handed to the list (onDecided) to stay visible.
 */
function ReviewDecision({ item, onDecided }: { item: ReviewItemView; onDecided: (reportId: string, message: string) => void }) {
  const [comment, setComment] = useState("");
  const [pending, setPending] = useState<"approve" | "return" | null>(null);
  const [error, setError] = useState<{ message: string; comment?: string } | null>(null);

  async function decide(decision: "approve" | "return") {
    setError(null);
    if (decision === "return" && !comment.trim()) return setError({ message: "退回时请填写退回意见", comment: "退回时请填写退回意见" });
    setPending(decision);
    try {
      const result = await reviewReportAction(null, { reportId: item.reportId, decision, comment, version: item.version });
      if (result.ok) return onDecided(item.reportId, result.message ?? "已处理");
      setError({ message: result.message, comment: result.fieldErrors?.comment?.join("；") });
    } catch {
      setError({ message: "网络不稳定，请稍后重试" });
    }
    setPending(null);
  }

  return (
    <div className="space-y-2 border-t border-slate-100 pt-3">
      <label className="block text-sm">
        <span className="mb-1 block text-slate-600">审核意见（退回时必填）</span>
        <textarea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          rows={2}
          maxLength={2000}
          aria-invalid={error?.comment ? true : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base focus:border-brand-600 focus:outline-none aria-invalid:border-red-400 sm:text-sm"
        />
      </label>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error.message}
        </p>
      )}
      {item.approveBlockedReason && (
        <p id={`approve-blocked-${item.reportId}`} data-testid="approve-blocked" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {item.approveBlockedReason}
        </p>
      )}
      <div className="flex gap-2">
        <Button
          type="button"
          onClick={() => decide("approve")}
          disabled={pending !== null || item.approveBlockedReason !== null}
          aria-describedby={item.approveBlockedReason ? `approve-blocked-${item.reportId}` : undefined}
          title={item.approveBlockedReason ?? undefined}
          className="flex-1 sm:flex-none"
        >
          {pending === "approve" ? "处理中…" : "通过"}
        </Button>
        <Button type="button" variant="danger" onClick={() => decide("return")} disabled={pending !== null} className="flex-1 sm:flex-none">
          {pending === "return" ? "处理中…" : "退回"}
        </Button>
      </div>
    </div>
  );
}

export function ReviewCard({
  item,
  onDecided,
  selected,
  onSelect,
}: {
  item: ReviewItemView;
  onDecided: (reportId: string, message: string) => void;
  /** 批量通过: whether the report is ticked; absent when it cannot be approved (decided, or the reviewer's own). */
  selected?: boolean;
  onSelect?: (checked: boolean) => void;
}) {
  return (
    <li className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="review-item">
      <div className="flex items-start gap-3">
        {onSelect && (
          <input
            type="checkbox"
            checked={selected ?? false}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={`选择：${item.taskNumber}. ${item.taskTitle}（${item.unit}）`}
            className="mt-1 size-4 shrink-0"
          />
        )}
        <div className="min-w-0 flex-1 space-y-3">
          {!item.decidable && <p className="text-xs font-medium text-slate-500">{item.statusLabel}</p>}
          <SubmittedReport item={item} />
        </div>
      </div>
      {item.decidable && <ReviewDecision item={item} onDecided={onDecided} />}
    </li>
  );
}
