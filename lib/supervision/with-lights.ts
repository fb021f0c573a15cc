// Attaches each listed task's 亮灯 (light.ts) under the bureau's N, so a row,
// a page and an export show the light the list's filter judged in SQL.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { taskLight, type LightResult, type LightTask } from "./light";
import { getSupervisionSettings } from "./settings";

export type WithLight<T> = T & { light: LightResult };

export async function withLights<T extends LightTask & { plan: { startYear: number } }>(
  tx: Tx,
  tenantId: string,
  tasks: T[],
  today: Date = todayInChina(),
): Promise<WithLight<T>[]> {
  if (tasks.length === 0) return [];
  const { dueSoonDays } = await getSupervisionSettings(tx, tenantId);
  return tasks.map((t) => ({ ...t, light: taskLight(t, t.plan.startYear, today, dueSoonDays) }));
}
