// How many of a bureau's tasks show each light, counted in SQL with the same
// rule as every list (light-sql.ts). `and`: a further condition over tasks `t`
// (one plan, 我负责的).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { TASK_LIGHTS, type TaskLight } from "@/lib/vocabulary";
import { taskLightSql } from "./light-sql";

export type LightCounts = Record<TaskLight, number>;

export const emptyLightCounts = (): LightCounts => Object.fromEntries(TASK_LIGHTS.map((l) => [l, 0])) as LightCounts;

export async function countTaskLights(tx: Tx, tenantId: string, today: Date, and: Prisma.Sql = Prisma.empty): Promise<LightCounts> {
  const rows = await tx.$queryRaw<{ light: TaskLight; n: number }[]>`
    SELECT ${taskLightSql(today)} AS light, count(*)::int AS n
    FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
    WHERE t.tenant_id = ${tenantId}::uuid ${and}
    GROUP BY 1`;
  const counts = emptyLightCounts();
  for (const r of rows) counts[r.light] = r.n;
  return counts;
}
