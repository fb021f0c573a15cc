import type { DeadlineView } from "@/lib/tasks/deadline-view";
import { DEADLINE_LABELS } from "@/lib/vocabulary";

/** 完成时限 as `describeDeadline` decided it: on the server in a page head, in the browser in a list row. */
export function DeadlineText({ deadline }: { deadline: DeadlineView }) {
  return (
    <span className={deadline.overdue ? "font-medium text-red-700" : undefined} data-testid="task-deadline">
      {DEADLINE_LABELS.written} {deadline.shown}
      {deadline.written ? <span className="text-slate-500">（{deadline.written}）</span> : null}
      {deadline.chip && (
        <span data-testid="task-overdue" className="ml-1 rounded bg-red-600 px-1.5 py-0.5 text-xs whitespace-nowrap text-white">
          {DEADLINE_LABELS.overdue}
        </span>
      )}
    </span>
  );
}
