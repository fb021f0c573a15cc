// 亮灯 on the home page: how many tasks are red, yellow and green, each a link
// to the task list filtered by that light (the same SQL rule counts and lists).
import Link from "@/components/ui/link";
import type { TenantSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { taskListHref } from "@/lib/plans/display/task-list-href";
import type { LightCounts } from "@/lib/supervision/count-task-lights";
import { TASK_LIGHT_LABELS, type TaskLight } from "@/lib/vocabulary";

const SHOWN: { light: TaskLight; tone: string; dot: string }[] = [
  { light: "red", tone: "border-red-200 bg-red-50 text-red-800", dot: "bg-red-600" },
  { light: "yellow", tone: "border-amber-200 bg-amber-50 text-amber-900", dot: "bg-amber-500" },
  { light: "green", tone: "border-green-200 bg-green-50 text-green-800", dot: "bg-green-600" },
];

export async function LightsSection({
  session,
  scope,
  counts: read,
}: {
  session: TenantSession;
  scope: DashboardScope;
  /** The scope's light counts, read once by the page (the leader's focus shares them). */
  counts: Promise<LightCounts>;
}) {
  const counts = await read;
  const mine = Boolean(scope.mineUserId);
  return (
    <section aria-label="任务亮灯" className="space-y-2" data-testid="light-counts">
      <div className="grid grid-cols-3 gap-3">
        {SHOWN.map(({ light, tone, dot }) => (
          <Link
            key={light}
            href={taskListHref({ light, mine })}
            className={`rounded-xl border px-4 py-3 hover:shadow-sm ${tone}`}
            data-testid={`light-count-${light}`}
          >
            <span className="flex items-center gap-1.5 text-sm">
              <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${dot}`} />
              {TASK_LIGHT_LABELS[light]}
            </span>
            <span className="text-2xl font-semibold">{counts[light]}</span>
            <span className="ml-1 text-sm">项</span>
          </Link>
        ))}
      </div>
      <p className="text-xs text-slate-500">
        另有 {counts.none} 项{TASK_LIGHT_LABELS.none}、{counts.done} 项{TASK_LIGHT_LABELS.done}
        {can(session.role, "supervision:settings:read") && (
          <Link href="/supervision/settings" className="ml-2 text-brand-700 underline">
            亮灯规则
          </Link>
        )}
      </p>
    </section>
  );
}
