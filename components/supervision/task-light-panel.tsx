// The task page's 亮灯: the light with its reason, and where the straight line
// from the plan's start to the due date says progress should be by today.
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { LightResult } from "@/lib/supervision/light";
import { TaskLightBadge } from "./task-light-badge";

export function TaskLightPanel({ light, dueDate, progress }: { light: LightResult; dueDate: Date | null; progress: number }) {
  if (light.light === "done") return null;
  return (
    <Card title="亮灯">
      <div className="space-y-1.5 text-sm text-slate-700" data-testid="task-light-panel">
        <TaskLightBadge light={light} />
        {dueDate && <p>完成时限：{formatDate(dueDate)}</p>}
        {light.expectedProgress !== null && (
          <p>
            时间进度 {light.expectedProgress}%，当前进度 {progress}%
          </p>
        )}
      </div>
    </Card>
  );
}
