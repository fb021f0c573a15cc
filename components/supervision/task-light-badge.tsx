// A task's 亮灯 as a coloured dot with its word and reason (红灯 · 已逾期): the
// colour helps, the text carries the meaning, so it reads without colour too.
import type { LightResult } from "@/lib/supervision/light";
import { TASK_LIGHT_LABELS, TASK_LIGHT_REASON_LABELS, type TaskLight } from "@/lib/vocabulary";

const STYLES: Record<TaskLight, { badge: string; dot: string }> = {
  red: { badge: "bg-red-50 text-red-800 ring-red-200", dot: "bg-red-600" },
  yellow: { badge: "bg-amber-50 text-amber-900 ring-amber-200", dot: "bg-amber-500" },
  green: { badge: "bg-green-50 text-green-800 ring-green-200", dot: "bg-green-600" },
  none: { badge: "bg-slate-50 text-slate-600 ring-slate-200", dot: "bg-slate-400" },
  done: { badge: "bg-slate-50 text-slate-600 ring-slate-200", dot: "bg-slate-400" },
};

export function TaskLightBadge({ light }: { light: LightResult }) {
  // 已完成 is already said by the status badge beside it.
  if (light.light === "done") return null;
  const style = STYLES[light.light];
  const title = light.expectedProgress !== null ? `按时间进度应完成 ${light.expectedProgress}%` : undefined;
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-xs whitespace-nowrap ring-1 ${style.badge}`}
      data-testid="task-light"
      data-light={light.light}
      title={title}
    >
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${style.dot}`} />
      {TASK_LIGHT_LABELS[light.light]}
      {light.reason && light.light !== "none" ? <span>· {TASK_LIGHT_REASON_LABELS[light.reason]}</span> : null}
    </span>
  );
}
