// The plan's tasks by status and their mean progress (shown with status and progress).
import type { PublicTaskSummary } from "@/lib/public/types";
import { PUBLIC_PAGE_WORDS, TASK_STATUS_LABELS, TASK_STATUSES } from "@/lib/vocabulary";

export function PublicSummary({ summary }: { summary: PublicTaskSummary }) {
  const items: [string, string | number][] = [
    [PUBLIC_PAGE_WORDS.taskCount, summary.total],
    [PUBLIC_PAGE_WORDS.meanProgress, `${summary.meanProgress}%`],
    ...TASK_STATUSES.map((s): [string, number] => [TASK_STATUS_LABELS[s], summary.byStatus[s]]),
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="public-summary">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
