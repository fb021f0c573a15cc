import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { TASK_STATUS_LABELS } from "@/lib/vocabulary";

const STYLES: Record<TaskStatus, string> = {
  not_started: "bg-slate-100 text-slate-600",
  in_progress: "bg-blue-50 text-blue-700",
  completed: "bg-green-50 text-green-700",
  delayed: "bg-red-50 text-red-700",
  paused: "bg-amber-50 text-amber-800",
};

export function StatusBadge({ status, progress }: { status: TaskStatus; progress?: number }) {
  return (
    <span className={`inline-block shrink-0 rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${STYLES[status]}`}>
      {TASK_STATUS_LABELS[status]}
      {progress && status === "in_progress" ? ` ${progress}%` : ""}
    </span>
  );
}
