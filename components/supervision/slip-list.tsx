// The rows of /supervision/slips: number, level, unit, task, reply-by and state;
// an unanswered slip past its reply-by date is marked 逾期未回复.
import Link from "@/components/ui/link";
import { RowList } from "@/components/ui/list-controls";
import { formatDate, formatDateTime } from "@/lib/format/date";
import type { SlipListRow } from "@/lib/supervision/slips/list-slips";
import { SLIP_FIELD_LABELS, SLIP_OVERDUE_LABEL, SLIP_STATE_LABELS } from "@/lib/vocabulary";
import { SlipLevelBadge } from "./slip-level-badge";

export function SlipList({ rows, empty }: { rows: SlipListRow[]; empty: string }) {
  return (
    <RowList isEmpty={rows.length === 0} empty={empty} testId="slip-list">
      {rows.map((s) => (
        <li key={s.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3" data-testid="slip-row">
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/supervision/slips/${s.id}`} className="font-medium text-brand-700 hover:underline">
                {s.numberText}
              </Link>
              <SlipLevelBadge level={s.level} />
              <span className="text-sm text-slate-700">{s.unitName}</span>
            </p>
            <p className="truncate text-sm text-slate-600">
              任务 {s.task.number}：{s.task.title}
            </p>
          </div>
          <div className="text-right text-sm">
            {s.repliedAt ? (
              <p className="text-green-700">
                {SLIP_STATE_LABELS.replied} · {formatDateTime(s.repliedAt)}
              </p>
            ) : s.overdue ? (
              <p className="font-medium text-red-700" data-testid="slip-overdue">
                {SLIP_OVERDUE_LABEL}
              </p>
            ) : (
              <p className="text-amber-700">{SLIP_STATE_LABELS.awaiting}</p>
            )}
            <p className="text-slate-500">
              {SLIP_FIELD_LABELS.replyBy} {formatDate(s.replyBy)}
            </p>
          </div>
        </li>
      ))}
    </RowList>
  );
}
