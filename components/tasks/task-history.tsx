// The task's 操作记录, a page at a time (newest first), with a pager that lands
// back on the list rather than the top of the long task page.
import { Pager, pagerShown } from "@/components/ui/list-controls";
import { formatDateTime } from "@/lib/format";
import type { Page } from "@/lib/pagination";
import type { TaskHistoryEntry } from "@/lib/reports/queries/task-history";
import { reportEventLabel, SUPERVISION_EVENT_LABELS, TASK_STATUS_LABELS } from "@/lib/vocabulary";

const time = formatDateTime;

export function TaskHistory({ history }: { history: Page<TaskHistoryEntry> }) {
  if (history.total === 0) return <p className="text-sm text-slate-500">暂无记录</p>;
  return (
    <div id="task-history">
      <HistoryList entries={history.items} />
      {pagerShown(history) && <Pager page={history.page} pageCount={history.pageCount} total={history.total} params={{}} hash="#task-history" />}
    </div>
  );
}

function HistoryList({ entries }: { entries: TaskHistoryEntry[] }) {
  return (
    <ol className="space-y-2 text-sm" data-testid="task-history">
      {entries.map((entry) => (
        <li key={`${entry.kind}-${entry.event.id}`} className="border-l-2 border-slate-200 pl-3">
          <p className="text-xs text-slate-500">
            {time(entry.at)} · {entry.actor ?? "系统"}
          </p>
          {entry.kind === "status" ? (
            <p>
              状态 {entry.event.fromStatus ? TASK_STATUS_LABELS[entry.event.fromStatus] : "—"} → {TASK_STATUS_LABELS[entry.event.toStatus]}，进度{" "}
              {entry.event.fromProgress ?? 0}% → {entry.event.toProgress}%{entry.event.note ? `（${entry.event.note}）` : ""}
            </p>
          ) : entry.kind === "supervision" ? (
            <p>
              督办 · {entry.event.unitName ? `${entry.event.unitName}：` : ""}
              {SUPERVISION_EVENT_LABELS[entry.event.kind]}
              {entry.event.note ? `（${entry.event.note}）` : ""}
            </p>
          ) : (
            <p>
              {entry.event.report.slot.orgUnit.name} · {entry.event.report.slot.period.label}：{reportEventLabel(entry.event.action)}
              {entry.event.comment ? `（${entry.event.comment}）` : ""}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
