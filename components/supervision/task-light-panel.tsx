// The task page's 亮灯: the light with its reason, and where the straight line
// from the plan's start to the due date says progress should be by today.
import { Card } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatDate } from "@/lib/format";
import { getTaskLight } from "@/lib/supervision/get-task-light";
import { TaskLightBadge } from "./task-light-badge";

export async function TaskLightPanel({ session, taskId }: { session: TenantSession; taskId: string }) {
  const { light, dueDate, progress } = await readTenant(session, (tx) => getTaskLight(tx, session.tenant.tenantId, taskId));
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
