"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { approveReportsAction } from "@/lib/reports/actions";
import { ReviewCard, type ReviewItemView } from "./review-card";

export function ReviewQueue({ items, emptyText }: { items: ReviewItemView[]; emptyText: string }) {
  const [decided, setDecided] = useState<{ reportId: string; text: string }[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const decidedIds = new Set(decided.map((d) => d.reportId));
  const shown = items.filter((i) => !decidedIds.has(i.reportId));
  // Only what this reviewer may approve can be ticked: submitted, and not their own.
  const selectable = shown.filter((i) => i.decidable && i.approveBlockedReason === null);
  const ticked = selectable.filter((i) => selected.has(i.reportId));
  const allTicked = selectable.length > 0 && ticked.length === selectable.length;

  const toggle = (reportId: string, checked: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (checked) next.add(reportId);
      else next.delete(reportId);
      return next;
    });

  async function approveTicked() {
    setPending(true);
    setBulk(null);
    try {
      const result = await approveReportsAction(null, { reports: ticked.map((i) => `${i.reportId}:${i.version}`) });
      if (result.ok) {
        const done = new Set(result.data.approvedIds);
        setDecided((xs) => [...items.filter((i) => done.has(i.reportId)).map((i) => ({ reportId: i.reportId, text: "" })), ...xs]);
        setSelected(new Set());
      }
      setBulk({ ok: result.ok, message: result.message ?? "已处理" });
    } catch {
      setBulk({ ok: false, message: "网络不稳定，请稍后重试" });
    }
    setPending(false);
  }

  return (
    <div className="space-y-3">
      {bulk && (
        <p
          role={bulk.ok ? "status" : "alert"}
          className={`rounded-md px-3 py-2 text-sm break-words ${bulk.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}
        >
          {bulk.message}
        </p>
      )}
      {decided.some((d) => d.text) && (
        <ul className="space-y-1" aria-label="刚刚处理">
          {decided
            .filter((d) => d.text)
            .map((d) => (
              <li key={d.reportId} role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm break-words text-green-800">
                {d.text}
              </li>
            ))}
        </ul>
      )}
      {selectable.length > 0 && (
        <div
          className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm"
          data-testid="bulk-approve"
        >
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={allTicked}
              onChange={(e) => setSelected(e.target.checked ? new Set(selectable.map((i) => i.reportId)) : new Set())}
              className="size-4"
            />
            全选本页（{selectable.length} 份）
          </label>
          <Button type="button" onClick={approveTicked} disabled={pending || ticked.length === 0}>
            {pending ? "处理中…" : `通过所选（${ticked.length}）`}
          </Button>
        </div>
      )}
      {shown.length === 0 ? (
        <EmptyState>{emptyText}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="review-list">
          {shown.map((item) => {
            const canTick = item.decidable && item.approveBlockedReason === null;
            return (
              <ReviewCard
                key={item.reportId}
                item={item}
                selected={selected.has(item.reportId)}
                onSelect={canTick ? (checked) => toggle(item.reportId, checked) : undefined}
                onDecided={(reportId, message) =>
                  setDecided((xs) => [{ reportId, text: `${message}：${item.taskNumber}. ${item.taskTitle}（${item.unit}）` }, ...xs])
                }
              />
            );
          })}
        </ul>
      )}
    </div>
  );
}
