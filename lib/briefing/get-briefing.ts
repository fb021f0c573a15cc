// Everything the briefing (简报) of one plan shows, read in one transaction:
// the plan (by id AND tenant; another tenant's id is a NotFoundError), its
// headline, its indicators judged against the straight path, and its tasks
// behind, its 亮灯 counts and red tasks. "Today" is the China calendar date.
import "server-only";
import { getIndicatorProgress, type IndicatorProgress } from "@/lib/dashboard/indicator-progress";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import type { PlanKind } from "@/lib/generated/prisma/enums";
import { getPlanHeadline, type PlanHeadline } from "./plan-headline";
import { Prisma } from "@/lib/generated/prisma/client";
import { countTaskLights, type LightCounts } from "@/lib/supervision/count-task-lights";
import { getRedTasks, type RedTask } from "./red-tasks";
import { getTasksBehind, type TaskBehind } from "./tasks-behind";

export interface Briefing {
  plan: { id: string; title: string; kind: PlanKind; startYear: number; endYear: number; documentNumber: string | null };
  today: Date;
  headline: PlanHeadline;
  /** Indicators with a target, worst judgement first (the dashboard's order). */
  indicators: IndicatorProgress[];
  tasksBehind: TaskBehind[];
  /** 亮灯 of the plan's tasks, and its red ones. */
  lights: LightCounts;
  redTasks: RedTask[];
}

export async function getBriefing(tx: Tx, tenantId: string, planId: string, today: Date): Promise<Briefing> {
  const plan = await tx.plan.findFirst({
    where: { id: planId, tenantId },
    select: { id: true, title: true, kind: true, startYear: true, endYear: true, documentNumber: true },
  });
  if (!plan) throw new NotFoundError();
  const headline = await getPlanHeadline(tx, tenantId, planId, today);
  const indicators = await getIndicatorProgress(tx, { tenantId, mineUserId: null }, planId);
  const tasksBehind = await getTasksBehind(tx, tenantId, planId, today);
  const lights = await countTaskLights(tx, tenantId, today, Prisma.sql`AND t.plan_id = ${planId}::uuid`);
  const redTasks = await getRedTasks(tx, tenantId, planId, today);
  return { plan, today, headline, indicators, tasksBehind, lights, redTasks };
}
