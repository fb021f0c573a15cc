// The plan page's 亮灯 line: how many of its tasks are red, yellow and green,
// each a link to the task list filtered by the plan and that light.
import Link from "@/components/ui/link";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { taskListHref } from "@/lib/plans/display/task-list-href";
import { todayInChina } from "@/lib/reports/periods";
import { countTaskLights } from "@/lib/supervision/count-task-lights";
import { TASK_LIGHT_LABELS } from "@/lib/vocabulary";

const SHOWN = [
  { light: "red", tone: "text-red-700" },
  { light: "yellow", tone: "text-amber-800" },
  { light: "green", tone: "text-green-700" },
] as const;

export async function PlanLightLinks({ session, planId }: { session: TenantSession; planId: string }) {
  const tenantId = session.tenant.tenantId;
  const counts = await readTenant(session, (tx) => countTaskLights(tx, tenantId, todayInChina(), Prisma.sql`AND t.plan_id = ${planId}::uuid`));
  return (
    <p className="mb-3 flex flex-wrap gap-3 text-sm" data-testid="plan-lights">
      <span className="text-slate-500">亮灯</span>
      {SHOWN.map(({ light, tone }) => (
        <Link key={light} href={taskListHref({ plan: planId, light })} className={`hover:underline ${tone}`}>
          {TASK_LIGHT_LABELS[light]} {counts[light]} 项
        </Link>
      ))}
    </p>
  );
}
