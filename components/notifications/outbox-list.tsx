// The delivery state: each e-mail or robot message with its channel, masked
// target, state, tries and the channel's last error; filtered by state and
// channel through a plain GET form.
import { formatDateTime } from "@/lib/format";
import type { OutboxRow } from "@/lib/outbox/list-outbox";
import type { OutboxFilter } from "@/lib/outbox/schemas";
import { OUTBOX_CHANNEL_LABELS, OUTBOX_STATE_LABELS } from "@/lib/vocabulary";
import { FILTER_SELECT, FilterButtons } from "@/components/ui/filter-form";
import { LabelOptions } from "@/components/ui/label-options";

const STATE_TONE = { pending: "bg-amber-50 text-amber-800", sent: "bg-green-50 text-green-800", failed: "bg-red-50 text-red-700" } as const;

export function OutboxFilterForm({ filter }: { filter: OutboxFilter }) {
  return (
    <form method="get" role="search" aria-label="筛选发送记录" className="mb-3 flex flex-wrap items-end gap-2">
      <select name="state" aria-label="状态" defaultValue={filter.state ?? ""} className={FILTER_SELECT}>
        <option value="">全部状态</option>
        <LabelOptions labels={OUTBOX_STATE_LABELS} />
      </select>
      <select name="channel" aria-label="渠道" defaultValue={filter.channel ?? ""} className={FILTER_SELECT}>
        <option value="">全部渠道</option>
        <LabelOptions labels={OUTBOX_CHANNEL_LABELS} />
      </select>
      <FilterButtons resetHref="/admin/notifications#outbox" showReset={Boolean(filter.state || filter.channel)} />
    </form>
  );
}

export function OutboxList({ items }: { items: OutboxRow[] }) {
  return (
    <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="outbox-list">
      {items.map((row) => (
        <li key={row.id} className="px-4 py-3 text-sm" data-state={row.state}>
          <p className="text-xs text-slate-500">
            {formatDateTime(row.createdAt)} · {OUTBOX_CHANNEL_LABELS[row.channel]} · {row.target}
          </p>
          <p className="mt-0.5 break-words">
            <span className={`mr-2 rounded px-1.5 py-0.5 text-xs ${STATE_TONE[row.state]}`}>{OUTBOX_STATE_LABELS[row.state]}</span>
            {row.title}
          </p>
          <p className="mt-0.5 text-xs text-slate-500">
            尝试 {row.attempts} 次{row.state === "sent" && row.sentAt && ` · 发送于 ${formatDateTime(row.sentAt)}`}
            {row.state === "pending" && row.attempts > 0 && ` · 下次尝试 ${formatDateTime(row.nextAttemptAt)}`}
            {row.lastError && <span className="text-red-700"> · {row.lastError}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}

export const outboxFilterParams = (f: OutboxFilter) => ({ state: f.state, channel: f.channel });
