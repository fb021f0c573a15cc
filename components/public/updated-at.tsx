// 数据更新时间: when the snapshot on screen was read (the cache serves it for up to a minute).
import { formatDateTime } from "@/lib/format";
import { PUBLIC_PAGE_WORDS } from "@/lib/vocabulary";

export function UpdatedAt({ readAt }: { readAt: string }) {
  return (
    <p className="text-sm text-slate-600" data-testid="public-updated-at">
      {PUBLIC_PAGE_WORDS.updatedAt}：<time dateTime={readAt}>{formatDateTime(readAt)}</time>
    </p>
  );
}
