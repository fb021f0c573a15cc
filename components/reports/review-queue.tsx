"use client";

import { useState } from "react";
import { EmptyState } from "@/components/ui/card";
import { ReviewCard, type ReviewItemView } from "./review-card";

export function ReviewQueue({ items }: { items: ReviewItemView[] }) {
  const [decided, setDecided] = useState<{ reportId: string; text: string }[]>([]);
  const decidedIds = new Set(decided.map((d) => d.reportId));
  const pending = items.filter((i) => !decidedIds.has(i.reportId));
  return (
    <div className="space-y-3">
      {decided.length > 0 && (
        <ul className="space-y-1" aria-label="刚刚处理">
          {decided.map((d) => (
            <li key={d.reportId} role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm break-words text-green-800">
              {d.text}
            </li>
          ))}
        </ul>
      )}
      {pending.length === 0 ? (
        <EmptyState>暂无待审核的报告</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="review-list">
          {pending.map((item) => (
            <ReviewCard
              key={item.reportId}
              item={item}
              onDecided={(reportId, message) =>
                setDecided((xs) => [{ reportId, text: `${message}：${item.taskNumber}. ${item.taskTitle}（${item.unit}）` }, ...xs])
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}
